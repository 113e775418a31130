using System.Numerics;

using Microsoft.Data.Analysis;

namespace Sluice.ML.Profiling.Scanning;

/// <summary>Work written once over <c>INumber&lt;T&gt;</c> and run on whichever numeric type a column holds.</summary>
internal interface INumericColumnVisitor<out TResult>
{
    TResult Visit<T>(PrimitiveDataFrameColumn<T> column)
        where T : unmanaged, INumber<T>;
}
