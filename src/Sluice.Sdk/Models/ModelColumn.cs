namespace Sluice.Sdk;

/// <summary>One column of a model's signature.</summary>
/// <param name="Name">The column's name, as the model reads or writes it; case-sensitive.</param>
/// <param name="Type">The type of each value.</param>
/// <param name="Size">
/// 0 for a single value per row; otherwise the fixed number of values per row (a vector column, given in JSON as an
/// array of that length).
/// </param>
public sealed record ModelColumn(string Name, ModelColumnType Type, int Size = 0)
{
    /// <summary>True when each row holds an array of <see cref="Size"/> values.</summary>
    public bool IsVector => Size > 0;
}
