using System.Globalization;

namespace Sluice.ML.Profiling.Scanning;

/// <summary>
/// Formats one value the same way everywhere the editor shows data: invariant culture, doubles in their shortest
/// round-trip form, dates as <c>yyyy-MM-dd HH:mm:ss</c>, bools as the filter language writes them.
/// </summary>
internal static class CellFormat
{
    public const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss";

    public const string NullLabel = "(null)";

    public static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        double number => number.ToString("G", CultureInfo.InvariantCulture),
        float number => number.ToString("G", CultureInfo.InvariantCulture),
        DateTime time => time.ToString(DateTimeFormat, CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
