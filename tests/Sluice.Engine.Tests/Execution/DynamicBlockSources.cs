namespace Sluice.Engine.Tests.Execution;

/// <summary>Block files the dynamic block tests share: a dynamic block naming its items, children and reducers.</summary>
internal static class DynamicBlockSources
{
    /// <summary>One named item per entry of the <c>models</c> variable (default "sdca,lgbm,fasttree"), with metadata.</summary>
    public const string Models = """
        public static class Models
        {
            [Custom]
            public static List<DynamicItem<string>> Run(BlockContext context) =>
            [
                .. context.Variables.GetString("models", "sdca,lgbm,fasttree")
                    .Split(',', StringSplitOptions.RemoveEmptyEntries)
                    .Select(m => new DynamicItem<string>(
                        m.ToUpperInvariant(), m, new Dictionary<string, string> { ["family"] = m == "sdca" ? "linear" : "trees" })),
            ];
        }
        """;

    /// <summary>A dynamic child: says which item and block run it was; fails for the model named by <c>fail</c>.</summary>
    public const string Train = """
        public static class Train
        {
            [Custom]
            public static string Run(string model, BlockContext context)
            {
                context.Logger.LogInformation("training {Model}", model);
                if (model == context.Variables.GetString("fail", "-"))
                {
                    throw new InvalidOperationException($"{model} diverged");
                }

                return $"{model} as {context.Run.Block} ({context.Run.Item!.Metadata["family"]}, item {context.Run.Item.Index})";
            }
        }
        """;

    /// <summary>Downstream of a dynamic child: runs per item too unless its upstream reduces.</summary>
    public const string Evaluate = """
        public static class Evaluate
        {
            [Custom]
            public static int Run(string trained) => trained.Length;
        }
        """;

    /// <summary>Downstream of a reducing block: all the items' outputs at once.</summary>
    public const string Compare = """
        public static class Compare
        {
            [Custom]
            public static string Run(IReadOnlyList<string> trained) => $"{trained.Count}: {string.Join(" | ", trained)}";
        }
        """;

    /// <summary>models -> train (reduce_output when asked) -> compare or evaluate.</summary>
    public static string Pipeline(string blocksAfterTrain, bool reduceTrain, string settings = "") => $"""
        {settings}
        blocks:
          - name: models
            kind: custom
            dynamic: true
          - name: train
            kind: custom
            upstream: [models]
            reduce_output: {(reduceTrain ? "true" : "false")}
        {blocksAfterTrain}
        """;

    public const string CompareAfterTrain = """
          - name: compare
            kind: custom
            upstream: [train]
        """;
}
