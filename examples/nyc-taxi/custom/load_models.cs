namespace NycTaxi;

/// <summary>The models to try, one dynamic child each (the course's load_models).</summary>
public static class LoadModels
{
    [Custom]
    public static List<DynamicItem<string>> Models(BlockContext context)
    {
        var models = context.Variables.GetString("models", "sdca,fast_tree,lightgbm");
        return [.. models
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(model => new DynamicItem<string>(model, model))];
    }

    [BlockTest]
    public static void AtLeastOneModel(List<DynamicItem<string>> models)
    {
        BlockAssert.True(models.Count > 0, "The models variable should name at least one model");
    }
}
