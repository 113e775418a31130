using Microsoft.Data.Analysis;

using NycTaxi.DataPreparation;

namespace NycTaxi;

/// <summary>Cleans the trips, adds the PU_DO feature and splits them into training and validation sets.</summary>
public static class Prepare
{
    [Transformer]
    public static (DataFrame All, DataFrame Train, DataFrame Val) Transform(DataFrame trips, BlockContext context)
    {
        var splitOnFeature = context.Variables.Get("split_on_feature", "lpep_pickup_datetime");
        var splitOnFeatureValue = context.Variables.Get("split_on_feature_value", "2024-02-01");
        var target = context.Variables.Get("target", "duration");

        var all = Cleaning.Clean(trips);
        all = FeatureEngineering.CombineFeatures(all);
        all = FeatureSelector.SelectFeatures(all, [splitOnFeature, target]);

        var (train, val) = Splitters.SplitOnValue(all, splitOnFeature, splitOnFeatureValue);
        return (all, train, val);
    }

    [BlockTest]
    public static void EveryRowIsInExactlyOneSplit(DataFrame all, DataFrame train, DataFrame val)
    {
        BlockAssert.Equal(all.Rows.Count, train.Rows.Count + val.Rows.Count, "Train and validation together should hold every row");
    }
}
