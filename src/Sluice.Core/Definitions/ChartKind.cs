namespace Sluice.Core;

/// <summary>What a chart saved with a pipeline shows about one block's output.</summary>
public enum ChartKind
{
    /// <summary>The distribution of a numeric column in buckets; needs a column.</summary>
    Histogram,

    /// <summary>Counts per value of a column; needs a column.</summary>
    Bar,

    /// <summary>Row counts over time along a date/time column, grouped by a time bucket; needs a column.</summary>
    TimeSeries,

    /// <summary>Shares per value of a column; needs a column.</summary>
    Pie,

    /// <summary>The first rows of the output.</summary>
    Table,

    /// <summary>How many values each column is missing.</summary>
    MissingValues,

    /// <summary>How many distinct values each column holds.</summary>
    UniqueValues,

    /// <summary>The most frequent values of a column; needs a column.</summary>
    MostFrequent,

    /// <summary>Count, mean, deviation, minimum, quartiles and maximum of each numeric column.</summary>
    SummaryStatistics,

    /// <summary>A small profile (type, missing, distinct, range) of every column.</summary>
    FeatureProfiles,
}
