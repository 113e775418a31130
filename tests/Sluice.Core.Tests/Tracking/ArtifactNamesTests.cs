namespace Sluice.Core.Tests.Tracking;

public sealed class ArtifactNamesTests
{
    [Theory]
    [InlineData("model/model.zip", "model/model.zip")]
    [InlineData(@"plots\residuals.png", "plots/residuals.png")]
    [InlineData("notes.txt", "notes.txt")]
    public void Normalize_KeepsRelativeNamesWithSlashes(string name, string stored) =>
        ArtifactNames.Normalize(name).ShouldBe(stored);

    [Theory]
    [InlineData("a/../../b", "Artifact name 'a/../../b' holds '..'; an artifact cannot leave its run's folder.")]
    [InlineData("./a", "Artifact name './a' holds an empty or '.' segment")]
    [InlineData(@"\\server\share", "Artifact name '\\\\server\\share' is a rooted path")]
    [InlineData("a\u0000b", "Artifact name 'a\\u0000b' holds a control character.")]
    public void Normalize_RefusesNamesThatCouldLeaveTheRunsFolder(string name, string message) =>
        Should.Throw<SluiceException>(() => ArtifactNames.Normalize(name)).Message.ShouldStartWith(message);
}
