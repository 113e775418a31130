using Sluice.Core;
using Sluice.ML.Models;
using Sluice.Sdk;

namespace Sluice.Engine.Tests.Tracking;

public sealed class ModelRegistryTests
{
    [Fact]
    public async Task Register_ALoggedModel_GivesVersionsWithTheSignatureAndAnAbsoluteModelPathThatLoads()
    {
        await using var workspace = await TrackingWorkspace.OpenAsync();
        var (ml, model, inputs) = ToyModel.Train();
        await using var run = await workspace.Tracker.StartRunAsync("toy");
        var logged = await run.LogModelAsync(ml, model, inputs.Schema);

        var first = await workspace.Models.RegisterAsync("toy-model", run.Id);
        var second = await workspace.Models.RegisterAsync("toy-model", run.Id);

        first.Version.ShouldBe(1);
        second.Version.ShouldBe(2);
        first.TrackedRunId.ShouldBe(run.Id);
        first.Signature.Inputs.ShouldBe([new ModelColumn("x", ModelColumnType.Float32)]);
        first.Signature.Outputs.ShouldBe([new ModelColumn("Score", ModelColumnType.Float32)]);
        logged.ShouldBe(first.Signature, new SignatureComparer());
        Path.IsPathRooted(first.ModelPath).ShouldBeTrue();
        first.ModelPath.ShouldStartWith(workspace.Artifacts.RootDirectory);
        first.ModelPath.ShouldEndWith(Path.Combine("model", "model.zip"));
        var (loaded, schema) = ml.LoadModel(first);
        schema.Select(c => c.Name).ShouldBe(["x"]);
        ToyModel.Predict(ml, loaded, 1f, 3f).ShouldBe([3f, 7f], tolerance: 0.6f);
    }

    [Fact]
    public async Task Find_ByAliasNumberOrLatest_FollowsTheAliasWhenItMoves()
    {
        await using var workspace = await TrackingWorkspace.OpenAsync();
        var (ml, model, inputs) = ToyModel.Train();
        await using var run = await workspace.Tracker.StartRunAsync("toy");
        await run.LogModelAsync(ml, model, inputs.Schema);
        await workspace.Models.RegisterAsync("toy-model", run.Id);
        await workspace.Models.RegisterAsync("toy-model", run.Id);
        await workspace.Models.SetAliasAsync("toy-model", "champion", 1);
        var before = await workspace.Models.GetGenerationAsync();

        await workspace.Models.SetAliasAsync("toy-model", "champion", 2);

        (await workspace.Models.GetGenerationAsync()).ShouldBeGreaterThan(before);
        var champion = (await workspace.Models.FindAsync("toy-model", "champion")).ShouldNotBeNull();
        champion.Version.ShouldBe(2);
        champion.Aliases.ShouldBe(["champion"]);
        (await workspace.Models.FindAsync("toy-model", "1")).ShouldNotBeNull().Aliases.ShouldBeEmpty();
        (await workspace.Models.FindAsync("toy-model", "latest")).ShouldNotBeNull().Version.ShouldBe(2);
        (await workspace.Models.DeleteAliasAsync("toy-model", "champion")).ShouldBeTrue();
        (await workspace.Models.FindAsync("toy-model", "champion")).ShouldBeNull();
        (await workspace.Models.FindAsync("no-such-model", "latest")).ShouldBeNull();
    }

    [Fact]
    public async Task Register_ARunWithoutTheModelArtifact_FailsNamingRunAndArtifact()
    {
        await using var workspace = await TrackingWorkspace.OpenAsync();
        await using var run = await workspace.Tracker.StartRunAsync("toy");

        var error = await Should.ThrowAsync<SluiceException>(() => workspace.Models.RegisterAsync("toy-model", run.Id, "best"));

        error.Message.ShouldBe(
            $"Tracked run {run.Id} has no model artifact 'best': 'best/model.zip' is missing. Log the model with "
            + "LogModelAsync (Sluice.ML.Models) under the name 'best' before registering it.");
        (await workspace.Store.Models.FindModelAsync("toy-model")).ShouldBeNull();
    }

    [Fact]
    public async Task Register_WithABrokenSignatureFile_FailsNamingTheFileAndThePlace()
    {
        await using var workspace = await TrackingWorkspace.OpenAsync();
        await using var run = await workspace.Tracker.StartRunAsync("toy");
        await run.LogArtifactAsync("model/model.zip", new MemoryStream([1]));
        await run.LogArtifactAsync("model/signature.json", new MemoryStream("""{"inputs": [{"name": "x"}], "outputs": []}"""u8.ToArray()));

        var error = await Should.ThrowAsync<SluiceException>(() => workspace.Models.RegisterAsync("toy-model", run.Id));

        error.Message.ShouldBe(
            $"Artifact 'model/signature.json' of tracked run {run.Id} is not a model signature: inputs[0].type: missing; every column needs a type.");
    }

    [Theory]
    [InlineData("not-an-id", "Model 'toy-model' cannot be registered from 'not-an-id': a tracked run id is 32 hexadecimal digits (ITrackedRun.Id).")]
    [InlineData("0123456789abcdef0123456789abcdef", "Model 'toy-model' cannot be registered from tracked run 0123456789abcdef0123456789abcdef: the run does not exist.")]
    public async Task Register_FromARunThatDoesNotExist_FailsNamingIt(string runId, string message)
    {
        await using var workspace = await TrackingWorkspace.OpenAsync();

        var error = await Should.ThrowAsync<SluiceException>(() => workspace.Models.RegisterAsync("toy-model", runId));

        error.Message.ShouldBe(message);
    }

    [Fact]
    public async Task Find_WithAVersionThatIsNeitherNumberAliasNorLatest_SaysWhatIsAccepted()
    {
        await using var workspace = await TrackingWorkspace.OpenAsync();

        var error = await Should.ThrowAsync<SluiceException>(() => workspace.Models.FindAsync("toy-model", "0"));

        error.Message.ShouldBe("Model version 0 does not exist; versions count from 1.");
    }

    private sealed class SignatureComparer : IEqualityComparer<ModelSignature>
    {
        public bool Equals(ModelSignature? x, ModelSignature? y) =>
            x is not null && y is not null && x.Inputs.SequenceEqual(y.Inputs) && x.Outputs.SequenceEqual(y.Outputs);

        public int GetHashCode(ModelSignature obj) => obj.Inputs.Count;
    }
}
