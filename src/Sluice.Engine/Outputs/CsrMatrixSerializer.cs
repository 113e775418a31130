using System.Buffers.Binary;
using System.Runtime.InteropServices;

using Sluice.ML.Features;

namespace Sluice.Engine.Outputs;

/// <summary>
/// Sparse matrices as <c>.csr</c> files: the magic "SLCSR001", row count, column count and entry count as
/// little-endian int32, then the row pointers, column indices (int32) and values (float64), little-endian.
/// </summary>
public sealed class CsrMatrixSerializer : IOutputSerializer
{
    private const int HeaderSize = 8 + (3 * sizeof(int));
    private static readonly byte[] Magic = "SLCSR001"u8.ToArray();

    public string Format => "csr";

    public string FileExtension => ".csr";

    public bool CanWrite(Type type) => type == typeof(CsrMatrix);

    public void Write(object value, string path)
    {
        EnsureLittleEndian();
        var matrix = (CsrMatrix)value;
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        Span<byte> header = stackalloc byte[HeaderSize];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], matrix.RowCount);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], matrix.ColumnCount);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], matrix.NonZeroCount);
        stream.Write(header);
        stream.Write(MemoryMarshal.AsBytes(matrix.RowPointers));
        stream.Write(MemoryMarshal.AsBytes(matrix.ColumnIndices));
        stream.Write(MemoryMarshal.AsBytes(matrix.Values));
    }

    public object Read(string path, Type? storedType)
    {
        EnsureLittleEndian();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Span<byte> header = stackalloc byte[HeaderSize];
        stream.ReadExactly(header);
        if (!header[..8].SequenceEqual(Magic))
        {
            throw new InvalidDataException($"'{path}' is not a Sluice sparse matrix file.");
        }

        int rows = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        int columns = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        int entries = BinaryPrimitives.ReadInt32LittleEndian(header[16..]);
        long expected = HeaderSize + ((rows + 1L) * sizeof(int)) + (entries * (long)(sizeof(int) + sizeof(double)));
        if (rows < 0 || columns < 0 || entries < 0 || stream.Length != expected)
        {
            throw new InvalidDataException($"'{path}' is truncated or damaged ({stream.Length} bytes, expected {expected}).");
        }

        int[] rowPointers = new int[rows + 1];
        int[] columnIndices = new int[entries];
        double[] values = new double[entries];
        stream.ReadExactly(MemoryMarshal.AsBytes(rowPointers.AsSpan()));
        stream.ReadExactly(MemoryMarshal.AsBytes(columnIndices.AsSpan()));
        stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return new CsrMatrix(rows, columns, rowPointers, columnIndices, values);
    }

    private static void EnsureLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The .csr format is written on little-endian machines only.");
        }
    }
}
