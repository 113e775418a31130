using Microsoft.Data.Analysis;

namespace Sluice.ML.Profiling.Filtering;

/// <summary><c>left and right</c> or <c>left or right</c>.</summary>
internal sealed class LogicalNode(FilterNode left, FilterNode right, bool isAnd) : FilterNode
{
    public override void Evaluate(DataFrame frame, bool[] result)
    {
        left.Evaluate(frame, result);
        var other = new bool[result.Length];
        right.Evaluate(frame, other);
        if (isAnd)
        {
            Masks.And(result, other);
        }
        else
        {
            Masks.Or(result, other);
        }
    }

    public override void CollectColumns(ICollection<string> columns)
    {
        left.CollectColumns(columns);
        right.CollectColumns(columns);
    }
}
