namespace Sluice.Sdk;

/// <summary>
/// Assertions for block tests. Each failure throws <see cref="BlockTestException"/> with the given message followed
/// by the expected and actual values, the way the course's tests word their failures.
/// </summary>
public static class BlockAssert
{
    /// <summary>Fails unless <paramref name="actual"/> equals <paramref name="expected"/>.</summary>
    public static void Equal<T>(T expected, T actual, string message)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new BlockTestException($"{message}: expected {expected}, but was {actual}");
        }
    }

    /// <summary>Fails unless <paramref name="condition"/> holds.</summary>
    public static void True(bool condition, string message)
    {
        if (!condition)
        {
            throw new BlockTestException(message);
        }
    }

    /// <summary>Fails unless <paramref name="actual"/> lies within [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public static void InRange<T>(T actual, T low, T high, string message)
        where T : IComparable<T>
    {
        if (actual.CompareTo(low) < 0 || actual.CompareTo(high) > 0)
        {
            throw new BlockTestException($"{message}: expected a value in [{low}, {high}], but was {actual}");
        }
    }
}
