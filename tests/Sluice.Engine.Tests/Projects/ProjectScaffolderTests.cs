using Sluice.Core;
using Sluice.Engine.Projects;
using Sluice.Sdk;

namespace Sluice.Engine.Tests.Projects;

public sealed class ProjectScaffolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sluice-scaffold-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void InitProject_WritesAProjectThatLoadsWithTheDefaults()
    {
        ProjectScaffolder.InitProject(_root, "nyc-taxi");

        var project = ProjectLoader.LoadProject(_root);
        project.Name.ShouldBe("nyc-taxi");
        project.Variables.ShouldBeEmpty();
        project.Settings.ShouldBe(ExecutionSettings.Defaults);
        project.Retention.ShouldBe(TimeSpan.FromDays(30));
        foreach (var folder in new[] { "data_loaders", "transformers", "data_exporters", "custom", "sensors", "conditionals", "callbacks", "utils", "pipelines" })
        {
            Directory.Exists(Path.Combine(_root, folder)).ShouldBeTrue(folder);
        }

        File.ReadAllLines(Path.Combine(_root, ".gitignore")).ShouldContain(".sluice/");
        ProjectLoader.ListPipelines(project).ShouldBeEmpty();
    }

    [Fact]
    public void InitProject_WhenTheCommentedVariableIsUncommented_StillLoads()
    {
        ProjectScaffolder.InitProject(_root, "p");
        var file = Path.Combine(_root, "sluice.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("# data_folder: data", "data_folder: data", StringComparison.Ordinal));

        ProjectLoader.LoadProject(_root).Variables["data_folder"].ShouldBe("data");
    }

    [Fact]
    public void InitProject_WhenSluiceYamlExists_RefusesAndKeepsIt()
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "sluice.yaml"), "name: mine\n");

        var error = Should.Throw<SluiceException>(() => ProjectScaffolder.InitProject(_root, "other"));

        error.Message.ShouldBe($"'{_root}' is already a Sluice project: it has a sluice.yaml");
        File.ReadAllText(Path.Combine(_root, "sluice.yaml")).ShouldBe("name: mine\n");
    }

    [Fact]
    public void InitProject_WhenGitignoreExists_AppendsTheStateFolderOnce()
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, ".gitignore"), "bin/");

        ProjectScaffolder.InitProject(_root, "p");

        File.ReadAllLines(Path.Combine(_root, ".gitignore")).ShouldBe(["bin/", ".sluice/"]);
    }

    [Fact]
    public void CreatePipeline_WritesAnEmptyPipelineThatLoadsBack()
    {
        var project = NewProject();

        var created = ProjectScaffolder.CreatePipeline(project, new PipelineId("data_preparation"), "Prepare: the data");

        var loaded = ProjectLoader.LoadPipeline(project, new PipelineId("data_preparation"));
        loaded.Description.ShouldBe("Prepare: the data");
        loaded.Blocks.ShouldBeEmpty();
        created.SourcePath.ShouldBe(loaded.SourcePath);
        ProjectLoader.ListPipelines(project).ShouldBe([new PipelineId("data_preparation")]);
    }

    [Fact]
    public void CreatePipeline_WhenItExists_RefusesAndKeepsTheFile()
    {
        var project = NewProject();
        var pipeline = ProjectScaffolder.CreatePipeline(project, new PipelineId("p"), "first");
        var before = File.ReadAllBytes(pipeline.SourcePath);

        var error = Should.Throw<SluiceException>(() => ProjectScaffolder.CreatePipeline(project, new PipelineId("p"), "second"));

        error.Message.ShouldBe("Pipeline 'p' already exists (pipelines/p/pipeline.yaml)");
        File.ReadAllBytes(pipeline.SourcePath).ShouldBe(before);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("with space")]
    [InlineData("-dash")]
    public void CreatePipeline_WhenNameIsBad_RefusesAndWritesNothing(string name)
    {
        var project = NewProject();

        var error = Should.Throw<SluiceException>(() => ProjectScaffolder.CreatePipeline(project, new PipelineId(name), null));

        error.Message.ShouldStartWith($"'{name}' is not a valid pipeline name");
        Directory.EnumerateFileSystemEntries(Path.Combine(_root, "pipelines")).ShouldBeEmpty();
    }

    [Fact]
    public void AddBlock_WritesTemplatesAndAppendsBlocksThatLoadBack()
    {
        var project = NewProject();
        var id = new PipelineId("data_preparation");
        ProjectScaffolder.CreatePipeline(project, id, "Prepare the data");

        ProjectScaffolder.AddBlock(project, id, "ingest", BlockKind.DataLoader, []);
        var prepare = ProjectScaffolder.AddBlock(project, id, "prepare", BlockKind.Transformer, ["ingest"]);

        prepare.SourcePath.ShouldBe("transformers/prepare.cs");
        File.ReadAllText(Path.Combine(_root, "transformers", "prepare.cs")).ShouldBe(BlockTemplates.For(BlockKind.Transformer, "prepare"));
        var pipeline = ProjectLoader.LoadPipeline(project, id);
        pipeline.Description.ShouldBe("Prepare the data");
        pipeline.Blocks.Select(b => (b.Name, b.Kind)).ShouldBe([("ingest", BlockKind.DataLoader), ("prepare", BlockKind.Transformer)]);
        pipeline.Blocks[1].Upstream.ShouldBe(["ingest"]);
    }

    [Fact]
    public void AddBlock_WhenTheFileExists_ReusesItUntouched()
    {
        var project = NewProject();
        ProjectScaffolder.CreatePipeline(project, new PipelineId("first"), null);
        ProjectScaffolder.CreatePipeline(project, new PipelineId("second"), null);
        ProjectScaffolder.AddBlock(project, new PipelineId("first"), "ingest", BlockKind.DataLoader, []);
        var file = Path.Combine(_root, "data_loaders", "ingest.cs");
        File.WriteAllText(file, "// edited by hand\n");

        ProjectScaffolder.AddBlock(project, new PipelineId("second"), "ingest", BlockKind.DataLoader, []);

        File.ReadAllText(file).ShouldBe("// edited by hand\n");
        ProjectLoader.LoadPipeline(project, new PipelineId("second")).Blocks.ShouldHaveSingleItem().Name.ShouldBe("ingest");
    }

    [Fact]
    public void AddBlock_KeepsVariablesAndSettingsOfAHandEditedFile()
    {
        var project = NewProject();
        var path = Path.Combine(_root, "pipelines", "p", "pipeline.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "# hand written\nvariables:\n  target: duration\n  month: \"01\"\nsettings:\n  timeout: 90s\nblocks: []\n");

        ProjectScaffolder.AddBlock(project, new PipelineId("p"), "ingest", BlockKind.DataLoader, []);

        var pipeline = ProjectLoader.LoadPipeline(project, new PipelineId("p"));
        pipeline.Variables["target"].ShouldBe("duration");
        pipeline.Variables["month"].ShouldBe("01");
        pipeline.Settings.Timeout.ShouldBe(TimeSpan.FromSeconds(90));
        pipeline.Blocks.ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("load-data", new string[0], "'load-data' is not a valid block name; use a letter or '_' followed by letters, digits or '_'")]
    [InlineData("ingest", new string[0], "Pipeline 'p' already has a block named 'ingest'")]
    [InlineData("prepare", new[] { "ingset" }, "block 'prepare' names upstream 'ingset', which is not a block of pipeline 'p'; it has: ingest")]
    [InlineData("prepare", new[] { "ingest", "ingest" }, "block 'prepare' names the same upstream block twice")]
    public void AddBlock_WhenRefused_LeavesEveryFileAsItWas(string name, string[] upstream, string message)
    {
        var project = NewProject();
        var pipeline = ProjectScaffolder.CreatePipeline(project, new PipelineId("p"), "d");
        ProjectScaffolder.AddBlock(project, pipeline.Id, "ingest", BlockKind.DataLoader, []);
        var before = File.ReadAllBytes(pipeline.SourcePath);

        var error = Should.Throw<SluiceException>(
            () => ProjectScaffolder.AddBlock(project, pipeline.Id, name, BlockKind.Transformer, upstream));

        error.Message.ShouldBe(message);
        File.ReadAllBytes(pipeline.SourcePath).ShouldBe(before);
        Directory.EnumerateFiles(Path.Combine(_root, "transformers")).ShouldBeEmpty();
    }

    [Fact]
    public void AddBlock_WhenPipelineDoesNotExist_SaysSo()
    {
        var project = NewProject();

        var error = Should.Throw<SluiceException>(
            () => ProjectScaffolder.AddBlock(project, new PipelineId("nope"), "a", BlockKind.Custom, []));

        error.Message.ShouldBe("Pipeline 'nope' does not exist; the project has no pipelines");
        Directory.EnumerateFiles(Path.Combine(_root, "custom")).ShouldBeEmpty();
    }

    private ProjectDefinition NewProject()
    {
        ProjectScaffolder.InitProject(_root, "test");
        return ProjectLoader.LoadProject(_root);
    }
}
