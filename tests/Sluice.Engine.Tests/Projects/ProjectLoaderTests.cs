using Sluice.Core;
using Sluice.Engine.Projects;

namespace Sluice.Engine.Tests.Projects;

public sealed class ProjectLoaderTests
{
    private const string FullProject = """
        name: nyc-taxi
        variables:            # project variables
          data_folder: ../../data
          year: 2024
          ratio: 0.25
          verbose: true
          month: "01"
          nothing: ~
          months: [1, "2", three, 4.5, false]
        settings:
          retries: 1
          retry_delay: 2s
          timeout: 30m
          concurrency: 4
        retention: 7d
        """;

    [Fact]
    public void LoadProject_WithEveryKey_ReadsValuesWithTheirTypes()
    {
        using var temp = new TempProject(FullProject);

        var project = temp.Load();

        project.Name.ShouldBe("nyc-taxi");
        project.RootDirectory.ShouldBe(temp.Root);
        project.Variables["data_folder"].ShouldBe("../../data");
        project.Variables["year"].ShouldBe(2024L);
        project.Variables["ratio"].ShouldBe(0.25);
        project.Variables["verbose"].ShouldBe(true);
        project.Variables["month"].ShouldBe("01");
        project.Variables["nothing"].ShouldBeNull();
        project.Variables["months"].ShouldBe(new object?[] { 1L, "2", "three", 4.5, false });
        project.Settings.ShouldBe(new ExecutionSettings(1, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(30), 4));
        project.Retention.ShouldBe(TimeSpan.FromDays(7));
    }

    [Fact]
    public void LoadProject_WhenFileIsEmpty_UsesFolderNameAndDefaults()
    {
        using var temp = new TempProject(string.Empty);

        var project = temp.Load();

        project.Name.ShouldBe(Path.GetFileName(temp.Root));
        project.Variables.ShouldBeEmpty();
        project.Settings.ShouldBe(ExecutionSettings.None);
        project.Retention.ShouldBe(TimeSpan.FromDays(30));
    }

    [Fact]
    public void LoadProject_WhenFolderHasNoSluiceYaml_SaysItIsNotAProject()
    {
        using var temp = new TempProject();
        File.Delete(Path.Combine(temp.Root, "sluice.yaml"));

        var error = Should.Throw<SluiceException>(() => ProjectLoader.LoadProject(temp.Root));

        error.Message.ShouldBe($"'{temp.Root}' is not a Sluice project: it has no sluice.yaml");
    }

    [Fact]
    public void LoadProject_WhenFolderDoesNotExist_SaysSo()
    {
        var missing = Path.Combine(Path.GetTempPath(), "sluice-missing-" + Guid.NewGuid().ToString("N"));

        var error = Should.Throw<SluiceException>(() => ProjectLoader.LoadProject(missing));

        error.Message.ShouldBe($"Project folder '{missing}' does not exist");
    }

    [Fact]
    public void LoadProject_WhenYamlHasSyntaxError_NamesFileAndLine()
    {
        using var temp = new TempProject("name: x\nsettings:\n  retries: [1, 2\n  timeout: 1s\n");

        var error = Should.Throw<SluiceException>(temp.Load);

        error.Location.ShouldNotBeNull();
        error.Location.File.ShouldBe("sluice.yaml");
        error.Location.Line.ShouldBeInRange(3, 5);
        error.Reason.ShouldStartWith("invalid YAML: ");
        error.Message.ShouldStartWith($"sluice.yaml:{error.Location.Line}:");
    }

    [Fact]
    public void LoadProject_WhenAKeyIsUnknown_NamesKeyAndAllowedKeys()
    {
        using var temp = new TempProject("name: x\nsettings:\n  retires: 1\n");

        var error = Should.Throw<SluiceException>(temp.Load);

        error.Message.ShouldBe(
            "sluice.yaml:3:3: unknown key 'retires' in settings; allowed keys: retries, retry_delay, timeout, concurrency, poll_interval");
    }

    [Fact]
    public void LoadProject_WhenTopLevelKeyIsUnknown_ListsTopLevelKeys()
    {
        using var temp = new TempProject("name: x\nblocks: []\n");

        var error = Should.Throw<SluiceException>(temp.Load);

        error.Message.ShouldBe("sluice.yaml:2:1: unknown key 'blocks' in sluice.yaml; allowed keys: name, description, variables, settings, retention, data_products");
    }

    [Theory]
    [InlineData("retries: -1", "sluice.yaml:3:12: retries must be at least 0, not -1")]
    [InlineData("retries: many", "sluice.yaml:3:12: retries must be a whole number, not 'many'")]
    [InlineData("concurrency: 0", "sluice.yaml:3:16: concurrency must be at least 1, not 0")]
    [InlineData("timeout: 2 parsecs",
        "sluice.yaml:3:12: timeout '2 parsecs' is not a duration; write a number with a unit (500ms, 2s, 10m, 1h, 30d) or hh:mm:ss")]
    [InlineData("timeout: 0s", "sluice.yaml:3:12: timeout must be longer than zero")]
    [InlineData("retry_delay: [1s]", "sluice.yaml:3:16: retry_delay needs a value, not a list")]
    public void LoadProject_WhenASettingIsBad_NamesSettingAndPlace(string setting, string message)
    {
        using var temp = new TempProject($"name: x\nsettings:\n  {setting}\n");

        var error = Should.Throw<SluiceException>(temp.Load);

        error.Message.ShouldBe(message);
    }

    [Fact]
    public void LoadProject_WhenAVariableIsAMapping_NamesTheVariable()
    {
        using var temp = new TempProject("variables:\n  paths:\n    a: 1\n");

        var error = Should.Throw<SluiceException>(temp.Load);

        error.Message.ShouldBe("sluice.yaml:3:5: variable 'paths' must be a single value or a list of values, not a mapping");
    }

    [Fact]
    public void LoadProject_WhenAKeyAppearsTwice_NamesTheSecond()
    {
        using var temp = new TempProject("name: x\nretention: 1d\nretention: 2d\n");

        var error = Should.Throw<SluiceException>(temp.Load);

        error.Location!.Line.ShouldBe(3);
        error.Reason.ShouldContain("retention");
    }

    [Fact]
    public void LoadProject_WhenFileIsAList_SaysItMustBeAMapping()
    {
        using var temp = new TempProject("- a\n- b\n");

        var error = Should.Throw<SluiceException>(temp.Load);

        error.Message.ShouldBe("sluice.yaml:1:1: sluice.yaml must be a mapping of keys to values");
    }

    [Fact]
    public void ListPipelines_ListsFoldersWithPipelineYamlInOrdinalOrder()
    {
        using var temp = new TempProject();
        temp.WritePipeline("training", "blocks: []\n");
        temp.WritePipeline("Zeta", "blocks: []\n");
        temp.WritePipeline("data_preparation", "blocks: []\n");
        Directory.CreateDirectory(Path.Combine(temp.Root, "pipelines", "empty_folder"));

        var pipelines = ProjectLoader.ListPipelines(temp.Load());

        pipelines.Select(p => p.Value).ShouldBe(["Zeta", "data_preparation", "training"]);
    }

    [Fact]
    public void ListPipelines_WhenThereIsNoPipelinesFolder_IsEmpty()
    {
        using var temp = new TempProject();

        ProjectLoader.ListPipelines(temp.Load()).ShouldBeEmpty();
    }

    [Fact]
    public void FindProjectRoot_FromAFolderInsideTheProject_FindsTheRoot()
    {
        using var temp = new TempProject();
        var inner = Path.Combine(temp.Root, "utils", "deep");
        Directory.CreateDirectory(inner);

        ProjectLoader.FindProjectRoot(inner).ShouldBe(temp.Root);
        ProjectLoader.FindProjectRoot(temp.Root).ShouldBe(temp.Root);
    }

    [Fact]
    public void FindProjectRoot_OutsideAnyProject_IsNull()
    {
        var outside = Path.Combine(Path.GetTempPath(), "sluice-outside-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        try
        {
            ProjectLoader.FindProjectRoot(outside).ShouldBeNull();
        }
        finally
        {
            Directory.Delete(outside);
        }
    }
}
