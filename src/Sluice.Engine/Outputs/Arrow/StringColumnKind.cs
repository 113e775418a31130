using Apache.Arrow;

using Microsoft.Data.Analysis;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>
/// Which kind of frame column a stored string field came from, kept in the field's metadata so that a frame reads
/// back with the column types it was written with: an <see cref="ArrowStringDataFrameColumn"/> (UTF-8 in Arrow's
/// layout, immutable) comes back as one, without a string being decoded, and a <see cref="StringDataFrameColumn"/>
/// (.NET strings, editable) as one. Fields without the mark, as other tools write them, read as .NET strings.
/// </summary>
internal static class StringColumnKind
{
    /// <summary>The field metadata key; readers such as pandas or DuckDB ignore it.</summary>
    public const string MetadataKey = "sluice.column";

    private const string ArrowStrings = "arrow-strings";

    private static readonly IReadOnlyDictionary<string, string> s_arrowMetadata =
        new Dictionary<string, string> { [MetadataKey] = ArrowStrings };

    /// <summary>The metadata of a field written from <paramref name="column"/>; null when there is nothing to keep.</summary>
    public static IReadOnlyDictionary<string, string>? MetadataOf(DataFrameColumn column) =>
        column is ArrowStringDataFrameColumn ? s_arrowMetadata : null;

    /// <summary>Whether <paramref name="field"/> was written from an <see cref="ArrowStringDataFrameColumn"/>.</summary>
    public static bool IsArrowStrings(Field field) =>
        field.HasMetadata && field.Metadata.TryGetValue(MetadataKey, out string? kind) && kind == ArrowStrings;
}
