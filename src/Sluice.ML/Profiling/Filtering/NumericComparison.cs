using System.Globalization;
using System.Numerics;

using Microsoft.Data.Analysis;

using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Filtering;

/// <summary>Compares a numeric column of any type with a number literal.</summary>
internal sealed class NumericComparison(ComparisonOperator op, FilterLiteral literal, bool[] result)
    : INumericColumnVisitor<bool>
{
    public bool Visit<T>(PrimitiveDataFrameColumn<T> column)
        where T : unmanaged, INumber<T>
    {
        // Parsing the digits as T keeps long ids and decimals exact and makes 0.1 match a float column's 0.1f.
        if (T.TryParse(literal.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
        {
            ComparisonScan.Compare(column, exact, op, result);
        }
        else
        {
            ComparisonScan.CompareAsDouble(column, literal.Number, op, result);
        }

        return true;
    }
}
