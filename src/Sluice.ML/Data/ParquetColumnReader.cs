using Microsoft.Data.Analysis;

using ParquetSharp;

namespace Sluice.ML.Data;

/// <summary>
/// Reads one Parquet column, across all row groups, with ParquetSharp's column reader. Its Arrow reader would also
/// work, but Microsoft.Data.Analysis's Arrow interop does not copy and does not keep batches alive.
/// </summary>
internal static class ParquetColumnReader
{
    public static DataFrameColumn Read(ParquetFileReader file, int index)
    {
        var descriptor = file.FileMetaData.Schema.Column(index);
        var name = descriptor.Path.ToDotString();
        var optional = descriptor.MaxDefinitionLevel > 0;
        return (descriptor.PhysicalType, descriptor.LogicalType) switch
        {
            (PhysicalType.Int32, NoneLogicalType or IntLogicalType { BitWidth: 32, IsSigned: true })
                => ReadPrimitive<int>(file, index, name, optional),
            (PhysicalType.Int64, NoneLogicalType or IntLogicalType { BitWidth: 64, IsSigned: true })
                => ReadPrimitive<long>(file, index, name, optional),
            (PhysicalType.Int64, TimestampLogicalType { TimeUnit: TimeUnit.Micros or TimeUnit.Millis })
                => ReadPrimitive<DateTime>(file, index, name, optional),
            (PhysicalType.Double, NoneLogicalType) => ReadPrimitive<double>(file, index, name, optional),
            (PhysicalType.Float, NoneLogicalType) => ReadPrimitive<float>(file, index, name, optional),
            (PhysicalType.Boolean, NoneLogicalType) => ReadPrimitive<bool>(file, index, name, optional),
            (PhysicalType.ByteArray, StringLogicalType) => new StringDataFrameColumn(name, ReadAll<string?>(file, index)),
            var (physical, logical) => throw new NotSupportedException(
                $"Column '{name}' has Parquet type {physical} {logical}, which Frames.ReadParquet does not read. "
                + "Leave it out with the columns argument."),
        };
    }

    private static PrimitiveDataFrameColumn<T> ReadPrimitive<T>(ParquetFileReader file, int index, string name, bool optional)
        where T : unmanaged =>
        optional
            ? ColumnFactory.FromNullable(name, ReadAll<T?>(file, index))
            : ColumnFactory.FromValues(name, ReadAll<T>(file, index));

    private static TValue[] ReadAll<TValue>(ParquetFileReader file, int index)
    {
        var values = new TValue[checked((int)file.FileMetaData.NumRows)];
        var offset = 0;
        for (var group = 0; group < file.FileMetaData.NumRowGroups; group++)
        {
            using var rowGroup = file.RowGroup(group);
            var remaining = values.AsSpan(offset, checked((int)rowGroup.MetaData.NumRows));
            offset += remaining.Length;
            using var column = rowGroup.Column(index);
            using var reader = column.LogicalReader<TValue>();
            while (!remaining.IsEmpty)
            {
                var read = reader.ReadBatch(remaining);
                if (read == 0)
                {
                    throw new InvalidDataException(
                        $"Column {index} of row group {group} ended {remaining.Length} values early.");
                }

                remaining = remaining[read..];
            }
        }

        return values;
    }
}
