using System.Text.Json;

using Sluice.ML.Serving;

namespace Sluice.ML.Tests.Serving;

public sealed class PredictionInputTests(TrainedModels models) : IClassFixture<TrainedModels>
{
    private const string Records = """[{"PU_DO": "236_239", "trip_distance": 1.98}, {"PU_DO": "65_170", "trip_distance": 6.54}]""";

    [Theory]
    [InlineData($$"""{"dataframe_records": {{Records}}}""")]
    [InlineData("""{"dataframe_split": {"columns": ["PU_DO", "trip_distance"], "data": [["236_239", 1.98], ["65_170", 6.54]]}}""")]
    [InlineData("""{"dataframe_split": {"index": [0, 1], "columns": ["trip_distance", "PU_DO"], "data": [[1.98, "236_239"], [6.54, "65_170"]]}}""")]
    [InlineData($$"""{"instances": {{Records}}}""")]
    [InlineData($$"""{"inputs": {{Records}}}""")]
    [InlineData("""{"inputs": {"PU_DO": ["236_239", "65_170"], "trip_distance": [1.98, 6.54]}}""")]
    [InlineData($$$"""{"dataframe_records": {{{Records}}}, "params": {"ignored": true}}""")]
    public async Task Invocations_EveryMLflowShape_GivesTheSamePredictions(string body)
    {
        var model = await TaxiAsync();

        var predictions = Predictions.Of(model, body, invocations: true);

        Predictions.Scores(predictions).ShouldBe(Predictions.Scores(Predictions.Of(model, Records)));
    }

    [Theory]
    [InlineData("""[1, 2]""", "The body must be an object with one of dataframe_records, dataframe_split, instances, inputs, not an array of 2 values.")]
    [InlineData("""{"rows": []}""", "The body must have one of dataframe_records, dataframe_split, instances, inputs; it has fields 'rows'.")]
    [InlineData("""{"instances": [], "inputs": []}""", "The body must have only one of dataframe_records, dataframe_split, instances, inputs; it has instances and inputs.")]
    [InlineData("""{"dataframe_records": {"a": 1}}""", "'dataframe_records' must be an array of records, not an object.")]
    [InlineData("""{"dataframe_split": {"columns": ["PU_DO"]}}""", "'dataframe_split' needs 'data': an array of rows, each an array of values in the order of 'columns'.")]
    [InlineData("""{"dataframe_split": {"columns": ["PU_DO", "trip_distance"], "data": [["a", 1], ["b"]]}}""", "Row 1 of 'dataframe_split.data' has 1 values, but 'columns' names 2.")]
    [InlineData("""{"inputs": {"PU_DO": ["a", "b"], "trip_distance": [1]}}""", "Column 'trip_distance' of 'inputs' has 1 values, but column 'PU_DO' has 2.")]
    public void Invocations_BodyOfNoKnownShape_SaysWhatItExpected(string body, string message)
    {
        using var document = JsonDocument.Parse(body);

        Should.Throw<ModelInputException>(() => PredictionInput.FromInvocationsBody(document.RootElement)).Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("\"trips\"", "The body must be a JSON array of records or an object with 'records' (an array of records), not \"trips\".")]
    [InlineData("""{"trips": []}""", "The body must be a JSON array of records or an object with 'records' (an array of records), not an object with fields 'trips'.")]
    public void Predict_BodyOfNoKnownShape_SaysWhatItExpected(string body, string message)
    {
        using var document = JsonDocument.Parse(body);

        Should.Throw<ModelInputException>(() => PredictionInput.FromPredictBody(document.RootElement)).Message.ShouldBe(message);
    }

    [Fact]
    public async Task Invocations_SplitWithAMissingColumn_NamesTheRecordAndTheField()
    {
        var model = await TaxiAsync();

        var error = Should.Throw<ModelInputException>(() => Predictions.Of(
            model, """{"dataframe_split": {"columns": ["PU_DO"], "data": [["236_239"]]}}""", invocations: true));

        error.Message.ShouldBe("Record 0 has no field 'trip_distance'; the model needs a number (Float32) there.");
    }

    [Fact]
    public async Task Invocations_PlainInstancesForAModelOfSeveralInputs_AreRefusedNamingTheInputs()
    {
        var model = await TaxiAsync();

        var error = Should.Throw<ModelInputException>(() => Predictions.Of(model, """{"instances": [1.98, 6.54]}""", invocations: true));

        error.Message.ShouldBe(
            "The records are plain values, which fit a model with one input; model 'taxi' takes 2: PU_DO, trip_distance. Give each record as an object of fields.");
    }

    [Fact]
    public async Task Invocations_PlainInstancesForAModelOfOneInput_AreThatInputsValues()
    {
        var (file, signature) = TestModels.SaveSingleInput(models.Folder);
        var source = new InMemoryModelSource();
        source.Register("single", file, signature);
        var model = await new ServedModels(source).GetAsync("single", ModelSelector.Latest);

        var predictions = Predictions.Of(model, """{"instances": [[1, 2, 3], [4, 5, 6]]}""", invocations: true);

        predictions.EnumerateArray().Select(p => p.EnumerateArray().Select(v => v.GetSingle()).ToArray())
            .ShouldBe([[1f, 2f, 3f], [4f, 5f, 6f]]);
    }

    private async Task<ServedModel> TaxiAsync()
    {
        var source = new InMemoryModelSource();
        source.Register("taxi", models.TaxiV1, TestModels.TaxiSignature);
        return await new ServedModels(source).GetAsync("taxi", ModelSelector.Latest);
    }
}
