namespace Sluice.ML.Profiling.Filtering;

/// <summary>
/// A comparison operator as the outcomes it accepts: a row holds when its value is less than, equal to or greater
/// than the literal and the operator accepts that outcome. A value that is none of the three (NaN) never holds.
/// </summary>
internal readonly record struct ComparisonOperator(string Symbol, bool Less, bool Equal, bool Greater)
{
    public bool IsEquality => Less == Greater;

    public static ComparisonOperator FromSymbol(string symbol) => symbol switch
    {
        "==" => new(symbol, Less: false, Equal: true, Greater: false),
        "!=" => new(symbol, Less: true, Equal: false, Greater: true),
        "<" => new(symbol, Less: true, Equal: false, Greater: false),
        "<=" => new(symbol, Less: true, Equal: true, Greater: false),
        ">" => new(symbol, Less: false, Equal: false, Greater: true),
        ">=" => new(symbol, Less: false, Equal: true, Greater: true),
        _ => throw new ArgumentOutOfRangeException(nameof(symbol), symbol, "Not a comparison operator."),
    };

    /// <summary>Whether a value whose ordinal comparison with the literal gave <paramref name="sign"/> holds.</summary>
    public bool Holds(int sign) => (Less & (sign < 0)) | (Equal & (sign == 0)) | (Greater & (sign > 0));
}
