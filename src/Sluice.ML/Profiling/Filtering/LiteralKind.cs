namespace Sluice.ML.Profiling.Filtering;

internal enum LiteralKind
{
    Number,
    Text,
    Boolean,
}
