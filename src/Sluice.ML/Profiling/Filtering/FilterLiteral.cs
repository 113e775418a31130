using System.Globalization;

namespace Sluice.ML.Profiling.Filtering;

/// <summary>The value on the right of a comparison.</summary>
/// <param name="Kind">Number, quoted text or true/false.</param>
/// <param name="Text">The number's digits as written (so each column type parses them exactly) or the unquoted text.</param>
/// <param name="Source">The value as written, for messages.</param>
internal sealed record FilterLiteral(LiteralKind Kind, string Text, string Source)
{
    public double Number => double.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public bool Boolean => string.Equals(Text, "true", StringComparison.OrdinalIgnoreCase);
}
