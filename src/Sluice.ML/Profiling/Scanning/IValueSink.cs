namespace Sluice.ML.Profiling.Scanning;

/// <summary>
/// Receives the kept, present values of a column. Implemented by structs so that the JIT specializes and inlines
/// <see cref="Add"/> into the scanning loop.
/// </summary>
internal interface IValueSink<in T>
{
    void Add(T value);
}
