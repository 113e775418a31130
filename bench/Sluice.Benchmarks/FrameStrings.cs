namespace Sluice.Benchmarks;

/// <summary>How the frame handed through the output store holds its string column.</summary>
internal enum FrameStrings
{
    /// <summary>No string column.</summary>
    None,

    /// <summary>UTF-8 in Arrow's layout: an <c>ArrowStringDataFrameColumn</c>.</summary>
    Arrow,

    /// <summary>.NET strings: a <c>StringDataFrameColumn</c>.</summary>
    Managed,
}
