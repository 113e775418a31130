using Microsoft.Data.Analysis;

using Sluice.ML.Data;

namespace NycTaxi.DataPreparation;

public static class FeatureEngineering
{
    /// <summary>Adds <c>PU_DO</c>, the pickup and drop-off locations as one category (<c>236_239</c>).</summary>
    public static DataFrame CombineFeatures(DataFrame trips)
    {
        var pickups = Columns.ToStringArray(trips["PULocationID"]);
        var dropoffs = Columns.ToStringArray(trips["DOLocationID"]);
        var pairs = new string[pickups.Length];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = pickups[i] + "_" + dropoffs[i];
        }

        return new DataFrame([.. trips.Columns, new StringDataFrameColumn("PU_DO", pairs)]);
    }
}
