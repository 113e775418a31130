using Microsoft.Data.Analysis;

namespace Sluice.ML.Profiling.Filtering;

/// <summary>A node of a parsed filter expression.</summary>
internal abstract class FilterNode
{
    /// <summary>Sets <c>result[row]</c> for every row that satisfies the node; <paramref name="result"/> starts all false.</summary>
    public abstract void Evaluate(DataFrame frame, bool[] result);

    /// <summary>Adds the names of the columns the node reads.</summary>
    public abstract void CollectColumns(ICollection<string> columns);
}
