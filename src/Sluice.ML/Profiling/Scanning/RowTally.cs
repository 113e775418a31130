namespace Sluice.ML.Profiling.Scanning;

/// <summary>How many rows a scan passed over: missing ones (null or NaN) and ones the filter left out.</summary>
internal readonly record struct RowTally(long Missing, long FilteredOut);
