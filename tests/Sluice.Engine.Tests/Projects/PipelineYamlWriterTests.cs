using Sluice.Core;
using Sluice.Engine.Projects;
using Sluice.Sdk;

namespace Sluice.Engine.Tests.Projects;

public sealed class PipelineYamlWriterTests
{
    [Fact]
    public void Write_EmitsTheDocumentedLayout()
    {
        var pipeline = new PipelineDefinition(
            new PipelineId("data_preparation"),
            "Prepare the NYC green-taxi data",
            [
                new BlockDefinition("ingest", BlockKind.DataLoader, "data_loaders/ingest.cs", [], ExecutionSettings.None),
                new BlockDefinition("build", BlockKind.DataExporter, "shared/build.cs", ["ingest"],
                    new ExecutionSettings(Retries: 2, Timeout: TimeSpan.FromMinutes(5))),
                new BlockDefinition("models", BlockKind.Custom, "custom/models.cs", [], ExecutionSettings.None) { Dynamic = true },
                new BlockDefinition("train", BlockKind.Custom, "custom/train.cs", ["models", "build"], ExecutionSettings.None)
                {
                    ReduceOutput = true,
                },
            ],
            new Dictionary<string, object?> { ["split_on_feature_value"] = "2024-02-01", ["target"] = "duration" },
            new ExecutionSettings(Retries: 0),
            "/unused");

        PipelineYamlWriter.Write(pipeline).ShouldBe("""
            description: Prepare the NYC green-taxi data
            variables:
              split_on_feature_value: "2024-02-01"
              target: duration
            settings:
              retries: 0
            blocks:
              - name: ingest
                kind: data_loader
              - name: build
                kind: data_exporter
                upstream: [ingest]
                file: shared/build.cs
                settings: { retries: 2, timeout: 5m }
              - name: models
                kind: custom
                dynamic: true
              - name: train
                kind: custom
                upstream: [models, build]
                reduce_output: true

            """.ReplaceLineEndings());
    }

    [Fact]
    public void Write_ThenLoad_GivesBackEveryValue()
    {
        using var temp = new TempProject();
        temp.Write("custom/a.cs", "// a\n");
        temp.Write("custom/b.cs", "// b\n");
        temp.Write("custom/c.cs", "// c\n");
        var variables = new Dictionary<string, object?>
        {
            ["text"] = "plain text",
            ["looks_true"] = "true",
            ["looks_number"] = "42",
            ["yes_word"] = "yes",
            ["colon"] = "a: b # not a comment",
            ["quote"] = "say \"hi\"\\n",
            ["lines"] = "one\ntwo",
            ["empty"] = string.Empty,
            ["dash"] = "- item",
            ["number"] = 42L,
            ["negative"] = -7L,
            ["fraction"] = 0.1,
            ["whole_double"] = 3.0,
            ["flag"] = false,
            ["nothing"] = null,
            ["list"] = new List<object?> { 1L, "two, three", 4.5, true, null, "[x]" },
            ["key with spaces"] = "v",
        };
        var pipeline = new PipelineDefinition(
            new PipelineId("p"),
            "Line one: \"quoted\"",
            [
                new BlockDefinition("a", BlockKind.Custom, "custom/a.cs", [], new ExecutionSettings(RetryDelay: TimeSpan.FromMilliseconds(1500))),
                new BlockDefinition("b", BlockKind.Custom, "custom/b.cs", ["a"], ExecutionSettings.None) { Dynamic = true },
                new BlockDefinition("c", BlockKind.Custom, "custom/c.cs", ["b"], new ExecutionSettings(Retries: 1)) { ReduceOutput = true },
            ],
            variables,
            new ExecutionSettings(1, TimeSpan.FromSeconds(2), TimeSpan.FromHours(1), 3),
            Path.Combine(temp.Root, "pipelines", "p", "pipeline.yaml"));

        PipelineYamlWriter.WriteFile(pipeline);
        var loaded = temp.LoadPipeline("p");

        loaded.Description.ShouldBe(pipeline.Description);
        loaded.Settings.ShouldBe(pipeline.Settings);
        loaded.Variables.Keys.ShouldBe(variables.Keys);
        foreach (var (name, value) in variables)
        {
            loaded.Variables[name].ShouldBe(value, name);
        }

        loaded.Blocks.ShouldBe(pipeline.Blocks, BlockComparer.Instance);
    }

    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("2s", 2_000)]
    [InlineData("1.5s", 1_500)]
    [InlineData("10m", 600_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("30d", 2_592_000_000)]
    [InlineData("01:30:00", 5_400_000)]
    [InlineData("00:00:02.5", 2_500)]
    public void Durations_ReadEveryDocumentedForm(string text, long milliseconds)
    {
        Durations.TryParse(text, out var duration).ShouldBeTrue();

        duration.ShouldBe(TimeSpan.FromMilliseconds(milliseconds));
        Durations.TryParse(Durations.Format(duration), out var again).ShouldBeTrue();
        again.ShouldBe(duration);
    }

    [Theory]
    [InlineData("2 parsecs")]
    [InlineData("-1s")]
    [InlineData("s")]
    [InlineData("5")]
    [InlineData("")]
    public void Durations_RejectWhatIsNotADuration(string text)
    {
        Durations.TryParse(text, out _).ShouldBeFalse();
    }
}
