namespace Sluice.Server.Tests.Components;

/// <summary>A pipeline <c>fan</c> with a dynamic block, written into a project folder: models -> train -> compare.</summary>
internal static class DynamicProject
{
    public static void WriteInto(string root)
    {
        Write(root, "custom/models.cs", """
            public static class Models
            {
                [Custom]
                public static List<DynamicItem<string>> Run() => [new("SDCA", "sdca"), new("LGBM", "lgbm")];
            }
            """);
        Write(root, "custom/train.cs", """
            public static class Train
            {
                [Custom]
                public static string Run(string model) => model.ToLowerInvariant();
            }
            """);
        Write(root, "custom/compare.cs", """
            public static class Compare
            {
                [Custom]
                public static string Run(IReadOnlyList<string> trained) => string.Join(",", trained);
            }
            """);
        Write(root, "pipelines/fan/pipeline.yaml", """
            blocks:
              - name: models
                kind: custom
                dynamic: true
              - name: train
                kind: custom
                upstream: [models]
                reduce_output: true
              - name: compare
                kind: custom
                upstream: [train]
            """);
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
