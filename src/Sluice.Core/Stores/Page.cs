namespace Sluice.Core;

/// <summary>One page of a list and the size of the whole list.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Size, long Total)
{
    /// <summary>How many pages the whole list spans.</summary>
    public int PageCount => Size <= 0 ? 0 : (int)((Total + Size - 1) / Size);
}
