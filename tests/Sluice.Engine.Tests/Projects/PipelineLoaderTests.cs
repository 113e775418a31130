using Sluice.Core;
using Sluice.Sdk;

namespace Sluice.Engine.Tests.Projects;

public sealed class PipelineLoaderTests
{
    private const string Path = "pipelines/data_preparation/pipeline.yaml";

    private const string CoursePipeline = """
        description: Prepare the NYC green-taxi data
        variables:
          split_on_feature: lpep_pickup_datetime
          split_on_feature_value: "2024-02-01"
          target: duration
        settings:
          retries: 0
        blocks:
          - name: ingest
            kind: data_loader          # the first block
          - name: prepare
            kind: transformer
            upstream: [ingest]
          - name: build
            kind: data_exporter
            upstream: [prepare]
            file: data_exporters/build.cs
            settings: { timeout: 5m, retries: 2 }
        """;

    [Fact]
    public void LoadPipeline_WithTheCourseFile_ReadsEveryValue()
    {
        using var temp = new TempProject();
        var path = temp.WritePipeline(
            "data_preparation", CoursePipeline, "data_loaders/ingest.cs", "transformers/prepare.cs", "data_exporters/build.cs");

        var pipeline = temp.LoadPipeline("data_preparation");

        pipeline.Id.ShouldBe(new PipelineId("data_preparation"));
        pipeline.Description.ShouldBe("Prepare the NYC green-taxi data");
        pipeline.SourcePath.ShouldBe(path);
        pipeline.Variables.ShouldBe(new Dictionary<string, object?>
        {
            ["split_on_feature"] = "lpep_pickup_datetime",
            ["split_on_feature_value"] = "2024-02-01",
            ["target"] = "duration",
        });
        pipeline.Settings.ShouldBe(new ExecutionSettings(Retries: 0));
        pipeline.Blocks.Count.ShouldBe(3);
        pipeline.Blocks[0].ShouldBe(new BlockDefinition("ingest", BlockKind.DataLoader, "data_loaders/ingest.cs", [], ExecutionSettings.None), BlockComparer.Instance);
        pipeline.Blocks[1].Upstream.ShouldBe(["ingest"]);
        pipeline.Blocks[1].SourcePath.ShouldBe("transformers/prepare.cs");
        pipeline.Blocks[2].Kind.ShouldBe(BlockKind.DataExporter);
        pipeline.Blocks[2].Settings.ShouldBe(new ExecutionSettings(Retries: 2, Timeout: TimeSpan.FromMinutes(5)));
    }

    [Theory]
    [InlineData("custom", BlockKind.Custom, "custom/b.cs")]
    [InlineData("sensor", BlockKind.Sensor, "sensors/b.cs")]
    [InlineData("condition", BlockKind.Condition, "conditionals/b.cs")]
    [InlineData("callback", BlockKind.Callback, "callbacks/b.cs")]
    public void LoadPipeline_ForEachKind_DefaultsFileToTheKindFolder(string kind, BlockKind expected, string file)
    {
        using var temp = new TempProject();
        temp.WritePipeline("p", $"blocks:\n  - name: b\n    kind: {kind}\n", file);

        var block = temp.LoadPipeline("p").Blocks.ShouldHaveSingleItem();

        block.Kind.ShouldBe(expected);
        block.SourcePath.ShouldBe(file);
    }

    [Fact]
    public void LoadPipeline_WhenFileHasDotSegmentsAndBackslashes_NormalizesIt()
    {
        using var temp = new TempProject();
        temp.WritePipeline("p", "blocks:\n  - name: b\n    kind: custom\n    file: ./shared\\\\b.cs\n", "shared/b.cs");

        temp.LoadPipeline("p").Blocks[0].SourcePath.ShouldBe("shared/b.cs");
    }

    [Fact]
    public void LoadPipeline_WhenPipelineDoesNotExist_ListsTheProjectsPipelines()
    {
        using var temp = new TempProject();
        temp.WritePipeline("training", "blocks: []\n");
        temp.WritePipeline("data_preparation", "blocks: []\n");

        var error = Should.Throw<SluiceException>(() => temp.LoadPipeline("x"));

        error.Message.ShouldBe("Pipeline 'x' does not exist; the project has: data_preparation, training");
    }

    [Fact]
    public void LoadPipeline_WhenProjectHasNoPipelines_SaysSo()
    {
        using var temp = new TempProject();

        var error = Should.Throw<SluiceException>(() => temp.LoadPipeline("x"));

        error.Message.ShouldBe("Pipeline 'x' does not exist; the project has no pipelines");
    }

    [Fact]
    public void LoadPipeline_WhenNameWouldLeaveThePipelinesFolder_RefusesIt()
    {
        using var temp = new TempProject();

        var error = Should.Throw<SluiceException>(() => temp.LoadPipeline("../outside"));

        error.Message.ShouldStartWith("'../outside' is not a valid pipeline name");
    }

    [Theory]
    [InlineData("blocks:\n  - name: a\n    kind: custom\n    colour: red\n",
        "4:5: unknown key 'colour' in a block; allowed keys: name, kind, file, upstream, settings, dynamic, reduce_output, data_product")]
    [InlineData("description: x\nowner: me\n",
        "2:1: unknown key 'owner' in pipeline.yaml; allowed keys: description, variables, settings, blocks, charts")]
    [InlineData("blocks:\n  - name: a\n    kind: transformr\n",
        "3:11: block 'a' has unknown kind 'transformr'; use one of: data_loader, transformer, data_exporter, custom, sensor, condition, callback")]
    [InlineData("blocks:\n  - name: a\n",
        "2:5: block 'a' has no kind; use one of: data_loader, transformer, data_exporter, custom, sensor, condition, callback")]
    [InlineData("blocks:\n  - kind: custom\n", "2:5: a block has no name; give it one with 'name: <block name>'")]
    [InlineData("blocks:\n  - name: load-data\n    kind: custom\n",
        "2:11: 'load-data' is not a valid block name; use a letter or '_' followed by letters, digits or '_'")]
    [InlineData("blocks:\n  - name: 1st\n    kind: custom\n",
        "2:11: '1st' is not a valid block name; use a letter or '_' followed by letters, digits or '_'")]
    [InlineData("blocks:\n  - name: a\n    kind: custom\n  - name: a\n    kind: custom\n",
        "4:11: block name 'a' is used twice (first at line 2)")]
    [InlineData("blocks:\n  - name: a\n    kind: custom\n    settings: { retries: -1 }\n",
        "4:26: retries must be at least 0, not -1")]
    [InlineData("blocks:\n  - name: a\n    kind: custom\n    settings: { concurrency: 2 }\n",
        "4:17: unknown key 'concurrency' in block 'a''s settings; allowed keys: retries, retry_delay, timeout, poll_interval")]
    [InlineData("blocks:\n  - name: a\n    kind: custom\n    settings: { timeout: 2 parsecs }\n",
        "4:26: timeout '2 parsecs' is not a duration; write a number with a unit (500ms, 2s, 10m, 1h, 30d) or hh:mm:ss")]
    [InlineData("settings:\n  concurrency: 0\n", "2:16: concurrency must be at least 1, not 0")]
    [InlineData("blocks: ingest\n", "1:9: blocks must be a list of blocks, not 'ingest'")]
    [InlineData("blocks:\n  - name: a\n    kind: custom\n    upstream: [a, a]\n", "4:19: block 'a' names upstream 'a' twice")]
    [InlineData("blocks:\n  - name: a\n    kind: custom\n    dynamic: yes\n", "4:14: block 'a''s dynamic must be true or false, not 'yes'")]
    [InlineData("blocks:\n  - name: a\n    kind: custom\n    reduce_output: [x]\n", "4:20: block 'a''s reduce_output must be true or false, not a list")]
    [InlineData("blocks:\n  - name: a\n    kind: custom\n    dynamic:\n", "4:13: block 'a''s dynamic must be true or false, not ''")]
    public void LoadPipeline_WhenAnEntryIsBad_NamesFileLineAndProblem(string yaml, string place)
    {
        using var temp = new TempProject();
        temp.WritePipeline("data_preparation", yaml, "custom/a.cs");

        var error = Should.Throw<SluiceException>(() => temp.LoadPipeline("data_preparation"));

        error.Message.ShouldBe($"{Path}:{place}");
    }

    [Fact]
    public void LoadPipeline_WhenUpstreamIsMisspelt_NamesBlockAndUpstream()
    {
        using var temp = new TempProject();
        temp.WritePipeline(
            "data_preparation",
            "blocks:\n  - name: ingest\n    kind: data_loader\n  - name: prepare\n    kind: transformer\n    upstream: [ingset]\n",
            "data_loaders/ingest.cs",
            "transformers/prepare.cs");

        var error = Should.Throw<SluiceException>(() => temp.LoadPipeline("data_preparation"));

        error.Message.ShouldBe(
            $"{Path}:6:16: block 'prepare' names upstream 'ingset', which is not a block of this pipeline");
    }

    [Fact]
    public void LoadPipeline_WhenBlocksFormACycle_NamesEveryBlockInIt()
    {
        using var temp = new TempProject();
        temp.WritePipeline(
            "data_preparation",
            """
            blocks:
              - name: start
                kind: custom
              - name: a
                kind: custom
                upstream: [start, c]
              - name: b
                kind: custom
                upstream: [a]
              - name: c
                kind: custom
                upstream: [b]
            """,
            "custom/start.cs", "custom/a.cs", "custom/b.cs", "custom/c.cs");

        var error = Should.Throw<SluiceException>(() => temp.LoadPipeline("data_preparation"));

        error.Message.ShouldBe($"{Path}:4:11: the blocks form a cycle: a -> b -> c -> a");
    }

    [Fact]
    public void LoadPipeline_WhenABlockIsItsOwnUpstream_CallsItACycle()
    {
        using var temp = new TempProject();
        temp.WritePipeline("p", "blocks:\n  - name: a\n    kind: custom\n    upstream: [a]\n", "custom/a.cs");

        var error = Should.Throw<SluiceException>(() => temp.LoadPipeline("p"));

        error.Reason.ShouldBe("the blocks form a cycle: a -> a");
    }

    [Fact]
    public void LoadPipeline_WhenDefaultBlockFileIsMissing_NamesBlockAndFile()
    {
        using var temp = new TempProject();
        temp.WritePipeline("data_preparation", "blocks:\n  - name: ingest\n    kind: data_loader\n");

        var error = Should.Throw<SluiceException>(() => temp.LoadPipeline("data_preparation"));

        error.Message.ShouldBe($"{Path}:2:11: block 'ingest': file data_loaders/ingest.cs does not exist");
    }

    [Fact]
    public void LoadPipeline_WhenExplicitBlockFileIsMissing_PointsAtTheFileKey()
    {
        using var temp = new TempProject();
        temp.WritePipeline("data_preparation", "blocks:\n  - name: ingest\n    kind: data_loader\n    file: shared/load.cs\n");

        var error = Should.Throw<SluiceException>(() => temp.LoadPipeline("data_preparation"));

        error.Message.ShouldBe($"{Path}:4:11: block 'ingest': file shared/load.cs does not exist");
    }

    [Theory]
    [InlineData("../outside.cs", "leaves the project folder ('..'); block files must live inside the project")]
    [InlineData("data_loaders/../../outside.cs", "leaves the project folder ('..'); block files must live inside the project")]
    [InlineData("/etc/passwd.cs", "is absolute; write it relative to the project root")]
    [InlineData("C:/blocks/a.cs", "is absolute; write it relative to the project root")]
    public void LoadPipeline_WhenBlockFileEscapesTheProject_RefusesIt(string file, string problem)
    {
        using var temp = new TempProject();
        temp.WritePipeline("p", $"blocks:\n  - name: a\n    kind: custom\n    file: {file}\n");

        var error = Should.Throw<SluiceException>(() => temp.LoadPipeline("p"));

        error.Message.ShouldBe($"pipelines/p/pipeline.yaml:4:11: block 'a': file {file} {problem}");
    }

    [Fact]
    public void LoadPipeline_WhenYamlHasSyntaxError_NamesFileAndLine()
    {
        using var temp = new TempProject();
        temp.WritePipeline("p", "blocks:\n  - name: a\n    kind: custom\n   upstream: x\n  bad\n", "custom/a.cs");

        var error = Should.Throw<SluiceException>(() => temp.LoadPipeline("p"));

        error.Location.ShouldNotBeNull();
        error.Location.File.ShouldBe("pipelines/p/pipeline.yaml");
        error.Location.Line.ShouldBe(4);
        error.Reason.ShouldStartWith("invalid YAML: ");
    }

    [Fact]
    public void LoadPipeline_WithALoneUpstreamName_TreatsItAsAList()
    {
        using var temp = new TempProject();
        temp.WritePipeline(
            "p",
            "blocks:\n  - name: a\n    kind: custom\n  - name: b\n    kind: custom\n    upstream: a\n",
            "custom/a.cs",
            "custom/b.cs");

        temp.LoadPipeline("p").Blocks[1].Upstream.ShouldBe(["a"]);
    }

    [Fact]
    public void LoadPipeline_ReadsTheDynamicFlags_FalseWhenAbsent()
    {
        using var temp = new TempProject();
        temp.WritePipeline(
            "p",
            """
            blocks:
              - name: a
                kind: custom
                dynamic: true
              - name: b
                kind: custom
                upstream: [a]
                reduce_output: "true"
              - name: c
                kind: custom
                upstream: [b]
                dynamic: false
            """,
            "custom/a.cs",
            "custom/b.cs",
            "custom/c.cs");

        var blocks = temp.LoadPipeline("p").Blocks;

        blocks.Select(b => (b.Dynamic, b.ReduceOutput)).ShouldBe([(true, false), (false, true), (false, false)]);
    }
}
