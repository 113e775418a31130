namespace Sluice.Engine.Projects;

/// <summary>The class bodies of <see cref="BlockTemplates"/>, indented for the class; {{BLOCK}} is the block's name.</summary>
internal static class BlockTemplateBodies
{
    public const string DataLoader = """
            [DataLoader]
            public static DataFrame Run(BlockContext context)
            {
                // Load data from any source (a file, a URL, a database) and return it: a DataFrame, a list, a
                // number... The value becomes this block's output and is passed to the blocks downstream.
                context.Logger.LogInformation("Loading data for {Block}", context.Run.Block);
                var id = new Int32DataFrameColumn("id", [1, 2, 3]);
                var value = new DoubleDataFrameColumn("value", [1.5, 2.5, 3.5]);
                return new DataFrame(id, value);
            }

            [BlockTest]
            public static void OutputIsNotEmpty(DataFrame output) =>
                BlockAssert.True(output.Rows.Count > 0, "The output is empty");
        """;

    public const string Transformer = """
            [Transformer]
            public static DataFrame Run(DataFrame data, BlockContext context)
            {
                // Each upstream block's output binds to a parameter, in upstream order. Return the new data.
                context.Logger.LogInformation("Transforming {Rows} rows", data.Rows.Count);
                return data;
            }

            [BlockTest]
            public static void OutputIsNotEmpty(DataFrame output) =>
                BlockAssert.True(output.Rows.Count > 0, "The output is empty");
        """;

    public const string DataExporter = """
            [DataExporter]
            public static DataFrame Run(DataFrame data, BlockContext context)
            {
                // Write the data anywhere (a file, a database, an API). What you return becomes this block's output.
                var path = Path.Combine(context.CacheDirectory, "{{BLOCK}}.csv");
                DataFrame.SaveCsv(data, path);
                context.Logger.LogInformation("Exported {Rows} rows to {Path}", data.Rows.Count, path);
                return data;
            }

            [BlockTest]
            public static void OutputIsNotEmpty(DataFrame output) =>
                BlockAssert.True(output.Rows.Count > 0, "The output is empty");
        """;

    public const string Custom = """
            [Custom]
            public static Dictionary<string, object?> Run(BlockContext context)
            {
                // Any code: take upstream outputs as parameters (before the context) and return any value.
                context.Logger.LogInformation("Running {Block}", context.Run.Block);
                return new Dictionary<string, object?> { ["pipeline"] = context.Run.Pipeline };
            }

            [BlockTest]
            public static void OutputIsNotNull(Dictionary<string, object?> output) =>
                BlockAssert.True(output is not null, "The output is null");
        """;

    public const string Sensor = """
            [Sensor]
            public static bool Run(BlockContext context)
            {
                // Return true once what you wait for has happened; until then Sluice calls the block again every
                // poll_interval (settings), for as long as its timeout allows.
                var path = Path.Combine(context.Run.ProjectDirectory, context.Variables.GetString("{{BLOCK}}_file", "data/ready"));
                var ready = File.Exists(path);
                context.Logger.LogInformation("Waiting for {Path}: {Ready}", path, ready);
                return ready;
            }
        """;

    public const string Condition = """
            [Condition]
            public static bool Run(BlockContext context)
            {
                // Return false to skip the blocks downstream of this one in this run (they end ConditionFailed).
                var enabled = context.Variables.Get("{{BLOCK}}_enabled", true);
                context.Logger.LogInformation("Downstream blocks run: {Enabled}", enabled);
                return enabled;
            }
        """;

    public const string Callback = """
            [Callback]
            public static void Run(BlockContext context)
            {
                // Runs once its upstream blocks have succeeded: send a message, write a marker file, clean up.
                context.Logger.LogInformation("Callback {Block} of run {Run}", context.Run.Block, context.Run.RunId);
            }
        """;
}
