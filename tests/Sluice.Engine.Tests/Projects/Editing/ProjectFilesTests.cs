using Sluice.Core;
using Sluice.Engine.Projects;

namespace Sluice.Engine.Tests.Projects.Editing;

public sealed class ProjectFilesTests : IDisposable
{
    private readonly TempProject _project = new();
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "sluice-outside-" + Guid.NewGuid().ToString("N"));

    public ProjectFilesTests()
    {
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "secret.cs"), "// not the project's\n");
    }

    public void Dispose()
    {
        _project.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    [Theory]
    [InlineData("data_loaders/ingest.cs", "data_loaders/ingest.cs")]
    [InlineData("./data_loaders//ingest.cs", "data_loaders/ingest.cs")]
    [InlineData("new_folder/not_yet.cs", "new_folder/not_yet.cs")]
    public void ResolveInside_WhenThePathStaysInside_GivesTheAbsolutePath(string relative, string expected)
    {
        _project.Write("data_loaders/ingest.cs", "// block\n");

        ProjectFiles.ResolveInside(_project.Root, relative)
            .ShouldBe(Path.Combine(_project.Root, expected.Replace('/', Path.DirectorySeparatorChar)));
    }

    [Theory]
    [InlineData("/etc/passwd", "path '/etc/passwd' is absolute; write it relative to the project root")]
    [InlineData("../outside.cs", "path '../outside.cs' leaves the project folder ('..'); block files must live inside the project")]
    [InlineData("data_loaders/../../outside.cs", "path 'data_loaders/../../outside.cs' leaves the project folder ('..'); block files must live inside the project")]
    [InlineData("a\\..\\..\\b.cs", "path 'a\\..\\..\\b.cs' leaves the project folder ('..'); block files must live inside the project")]
    [InlineData("", "path '' is empty")]
    [InlineData("./", "path './' names the project folder itself, not something inside it")]
    [InlineData("a\0.cs", "path 'a\0.cs' contains a control character; file names cannot")]
    public void ResolveInside_WhenThePathCouldLeaveTheProject_Refuses(string relative, string message)
    {
        Should.Throw<SluiceException>(() => ProjectFiles.ResolveInside(_project.Root, relative)).Message.ShouldBe(message);
    }

    [Fact]
    public void ResolveInside_WhenAFolderLinksOutside_Refuses()
    {
        Directory.CreateSymbolicLink(Path.Combine(_project.Root, "data_loaders"), _outside);

        var error = Should.Throw<SluiceException>(() => ProjectFiles.ResolveInside(_project.Root, "data_loaders/secret.cs"));

        error.Message.ShouldBe(
            $"path 'data_loaders/secret.cs' passes through the symbolic link data_loaders, which leads outside the project (to {_outside})");
    }

    [Fact]
    public void ResolveInside_WhenTheFileLinksOutside_Refuses()
    {
        Directory.CreateDirectory(Path.Combine(_project.Root, "data_loaders"));
        File.CreateSymbolicLink(Path.Combine(_project.Root, "data_loaders", "ingest.cs"), Path.Combine(_outside, "secret.cs"));

        Should.Throw<SluiceException>(() => ProjectFiles.ResolveInside(_project.Root, "data_loaders/ingest.cs"))
            .Message.ShouldContain("passes through the symbolic link data_loaders/ingest.cs, which leads outside the project");
    }

    [Fact]
    public void ResolveInside_WhenALinkInsideLeadsToALinkOutside_Refuses()
    {
        // shared -> escape (inside, relative), escape -> outside: only following the chain finds the way out.
        Directory.CreateSymbolicLink(Path.Combine(_project.Root, "escape"), _outside);
        Directory.CreateSymbolicLink(Path.Combine(_project.Root, "shared"), "escape");

        Should.Throw<SluiceException>(() => ProjectFiles.ResolveInside(_project.Root, "shared/secret.cs"))
            .Message.ShouldContain("passes through the symbolic link shared, which leads outside the project");
    }

    [Fact]
    public void ResolveInside_WhenALinkLeadsOutThroughDotDotInItsTarget_Refuses()
    {
        // tricky -> deep/../inner_target. Read as text that is inside the project, but the system applies '..' to
        // where deep leads (outside/sub), so tricky is outside/inner_target.
        _project.Write("inner_target/x.cs", "// inside\n");
        Directory.CreateDirectory(Path.Combine(_outside, "sub"));
        Directory.CreateDirectory(Path.Combine(_outside, "inner_target"));
        File.WriteAllText(Path.Combine(_outside, "inner_target", "x.cs"), "// outside\n");
        Directory.CreateSymbolicLink(Path.Combine(_project.Root, "deep"), Path.Combine(_outside, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(_project.Root, "tricky"), "deep/../inner_target");
        File.ReadAllText(Path.Combine(_project.Root, "tricky", "x.cs")).ShouldBe("// outside\n");

        Should.Throw<SluiceException>(() => ProjectFiles.ResolveInside(_project.Root, "tricky/x.cs"))
            .Message.ShouldContain("passes through the symbolic link tricky, which leads outside the project");
    }

    [Fact]
    public void ResolveInside_WhenADanglingLinkPointsOutside_Refuses()
    {
        File.CreateSymbolicLink(Path.Combine(_project.Root, "ghost.cs"), Path.Combine(_outside, "not-there.cs"));

        Should.Throw<SluiceException>(() => ProjectFiles.ResolveInside(_project.Root, "ghost.cs"))
            .Message.ShouldContain("passes through the symbolic link ghost.cs, which leads outside the project");
    }

    [Fact]
    public void ResolveInside_WhenLinksFormALoop_Refuses()
    {
        File.CreateSymbolicLink(Path.Combine(_project.Root, "a.cs"), "b.cs");
        File.CreateSymbolicLink(Path.Combine(_project.Root, "b.cs"), "a.cs");

        Should.Throw<SluiceException>(() => ProjectFiles.ResolveInside(_project.Root, "a.cs"))
            .Message.ShouldContain("passes through more than 40 symbolic links; is there a loop?");
    }

    [Fact]
    public void ResolveInside_WhenALinkStaysInside_AllowsIt()
    {
        _project.Write("shared/ingest.cs", "// shared\n");
        Directory.CreateSymbolicLink(Path.Combine(_project.Root, "data_loaders"), Path.Combine(_project.Root, "shared"));

        var path = ProjectFiles.ResolveInside(_project.Root, "data_loaders/ingest.cs");

        File.ReadAllText(path).ShouldBe("// shared\n");
    }

    [Fact]
    public void ResolveInside_WhenTheProjectItselfIsReachedThroughALink_AllowsItsFiles()
    {
        var link = Path.Combine(_outside, "project-link");
        Directory.CreateSymbolicLink(link, _project.Root);
        _project.Write("custom/a.cs", "// a\n");

        ProjectFiles.ResolveInside(link, "custom/a.cs").ShouldBe(Path.Combine(link, "custom", "a.cs"));
    }
}
