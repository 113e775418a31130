using Sluice.ML.Serving;
using Sluice.Sdk;

namespace Sluice.ML.Tests.Serving;

public sealed class ModelLoaderTests(TrainedModels models) : IClassFixture<TrainedModels>
{
    [Fact]
    public async Task Get_WhenTheFileIsMissing_NamesTheModelVersionAndFile_AndTriesAgainNextTime()
    {
        var file = Path.Combine(models.Folder, $"later-{Guid.NewGuid():N}.zip");
        var source = new InMemoryModelSource();
        source.Register("taxi", file, TestModels.TaxiSignature);
        var served = new ServedModels(source);

        var error = await Should.ThrowAsync<ModelLoadException>(async () => await served.GetAsync("taxi", ModelSelector.Latest));
        File.Copy(models.TaxiV1, file);

        error.Message.ShouldStartWith($"Model 'taxi' version 1 cannot be served: its file {file} cannot be loaded:");
        (await served.GetAsync("taxi", ModelSelector.Latest)).Location.Version.ShouldBe(1);
    }

    [Theory]
    [InlineData("route", ModelColumnType.String, "its signature names input 'route', which its model does not read; it reads PU_DO, trip_distance, duration.")]
    [InlineData("trip_distance", ModelColumnType.Float64, "input 'trip_distance' is Single in the model but Float64 in its signature.")]
    public async Task Get_SignatureThatDoesNotMatchTheModel_IsRefusedNamingTheColumn(string name, ModelColumnType type, string reason)
    {
        var source = new InMemoryModelSource();
        source.Register("taxi", models.TaxiV1, new ModelSignature(
            [new ModelColumn("PU_DO", ModelColumnType.String), new ModelColumn(name, type)], TestModels.TaxiSignature.Outputs));

        var error = await Should.ThrowAsync<ModelLoadException>(async () => await new ServedModels(source).GetAsync("taxi", ModelSelector.Latest));

        error.Message.ShouldBe("Model 'taxi' version 1 cannot be served: " + reason);
    }

    [Fact]
    public async Task Get_SignatureWithoutAnInputTheModelNeeds_IsRefused()
    {
        var source = new InMemoryModelSource();
        source.Register("taxi", models.TaxiV1, new ModelSignature([new ModelColumn("PU_DO", ModelColumnType.String)], TestModels.TaxiSignature.Outputs));

        var error = await Should.ThrowAsync<ModelLoadException>(async () => await new ServedModels(source).GetAsync("taxi", ModelSelector.Latest));

        error.Message.ShouldBe("Model 'taxi' version 1 cannot be served: its outputs need input 'trip_distance', which its signature does not list.");
    }

    [Fact]
    public async Task Get_SignatureNamingAnOutputTheModelLacks_ListsWhatItGives()
    {
        var source = new InMemoryModelSource();
        source.Register("taxi", models.TaxiV1, TestModels.TaxiSignature with { Outputs = [new ModelColumn("Probability", ModelColumnType.Float32)] });

        var error = await Should.ThrowAsync<ModelLoadException>(async () => await new ServedModels(source).GetAsync("taxi", ModelSelector.Latest));

        error.Message.ShouldContain("its signature names output 'Probability', which the model does not give; it gives PU_DO, trip_distance, duration, route, Features, Score");
    }

    [Fact]
    public async Task Get_SignatureWithoutOutputs_ServesScore()
    {
        var source = new InMemoryModelSource();
        source.Register("taxi", models.TaxiV1, TestModels.TaxiSignature with { Outputs = [] });

        var model = await new ServedModels(source).GetAsync("taxi", ModelSelector.Latest);

        model.Outputs.ShouldBe(["Score"]);
    }
}
