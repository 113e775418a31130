namespace Sluice.ML.Features;

/// <summary>Receives one non-null string cell; the span is only valid during the call.</summary>
internal delegate void StringValueVisitor(int row, ReadOnlySpan<char> value);
