namespace Sluice.Core;

/// <summary>One page of a list: <paramref name="Number"/> counts from 1.</summary>
public sealed record PageRequest(int Number = 1, int Size = 20)
{
    /// <summary>How many items come before this page.</summary>
    public int Offset => (Math.Max(Number, 1) - 1) * Size;
}
