namespace Sluice.Cli.Tests;

public sealed class DynamicRunTests : IDisposable
{
    private readonly string _project = Path.Combine(Path.GetTempPath(), "sluice-cli-tests", Guid.NewGuid().ToString("N"), "fan");

    public DynamicRunTests()
    {
        Write("sluice.yaml", "name: fan\n");
        Write("custom/models.cs", """
            public static class Models
            {
                [Custom]
                public static string[] Run() => ["sdca", "lgbm"];
            }
            """);
        Write("custom/train.cs", """
            public static class Train
            {
                [Custom]
                public static int Run(string model) => model.Length;
            }
            """);
        Write("pipelines/fan/pipeline.yaml", """
            blocks:
              - name: models
                kind: custom
                dynamic: true
              - name: train
                kind: custom
                upstream: [models]
            """);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Run_OfADynamicBlock_ShowsEachItemRunUnderItsBlock(bool interactive)
    {
        using var output = new StringWriter();

        var code = await SluiceCli.RunAsync(["run", "fan", "--project", _project], new CliConsole(output, TextWriter.Null, interactive));

        code.ShouldBe(ExitCodes.Success, output.ToString());
        var text = output.ToString();
        if (!interactive)
        {
            text.ShouldContain("[train] runs once per item: train:0, train:1");
            text.ShouldContain("[train:1] Completed");
        }

        // The summary table: the block, then its item runs.
        var summary = text[text.LastIndexOf("block", StringComparison.Ordinal)..];
        summary.IndexOf("train:0", StringComparison.Ordinal).ShouldBeGreaterThan(summary.IndexOf("  train ", StringComparison.Ordinal));
        summary.IndexOf("train:1", StringComparison.Ordinal).ShouldBeGreaterThan(summary.IndexOf("train:0", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(_project)!, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder is not worth a failed test.
        }
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_project, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
