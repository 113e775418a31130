using System.Text.Json;

using Sluice.ML.Serving;

namespace Sluice.ML.Tests.Serving;

public sealed class ServedModelTests(TrainedModels models) : IClassFixture<TrainedModels>
{
    private const string Trips = """[{"PU_DO": "236_239", "trip_distance": 1.98}, {"PU_DO": "65_170", "trip_distance": 6.54}]""";

    [Fact]
    public async Task Predict_GivesEveryRecordTheScoreMLNetsOwnPredictionEngineGives()
    {
        var model = await TaxiAsync();

        var scores = Predictions.Scores(Predictions.Of(model, Trips));

        scores.ShouldBe([
            TestModels.Predict(models.TaxiV1Model, "236_239", 1.98f),
            TestModels.Predict(models.TaxiV1Model, "65_170", 6.54f),
        ]);
        scores[1].ShouldBeGreaterThan(scores[0] + 15, "6.54 miles at 4 minutes a mile, plus 3 on that route, is far longer than 1.98 miles");
    }

    [Fact]
    public async Task Predict_RecordsObjectAndPlainArray_GiveTheSamePredictions()
    {
        var model = await TaxiAsync();

        var wrapped = Predictions.Of(model, $$"""{"records": {{Trips}}}""");

        Predictions.Scores(wrapped).ShouldBe(Predictions.Scores(Predictions.Of(model, Trips)));
    }

    [Fact]
    public async Task Predict_ExtraFieldsAreIgnored_AndAnEmptyArrayGivesNoPredictions()
    {
        var model = await TaxiAsync();

        Predictions.Of(model, """[{"PU_DO": "74_75", "trip_distance": 2, "vendor": 1}]""").GetArrayLength().ShouldBe(1);
        Predictions.Of(model, "[]").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Predict_EveryColumnType_ReadsAndWritesEachValue()
    {
        var model = await TypesAsync(models.Types);

        var prediction = Predictions.Of(model, """
            [{"count": 3.0, "total": 9000000000, "amount": 2.5, "flag": true, "name": "a", "when": "2024-01-01T00:46:55", "weights": [1, 2.5, null]}]
            """)[0];

        prediction.GetProperty("Features").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? float.NaN : v.GetSingle())
            .ShouldBe([3f, 9e9f, 2.5f, 1f, 1f, 2.5f, float.NaN]);
        prediction.GetProperty("Name").GetString().ShouldBe("a");
        prediction.GetProperty("When").GetDateTime().ShouldBe(new DateTime(2024, 1, 1, 0, 46, 55));
    }

    [Fact]
    public async Task Predict_NullWhereTheTypeHasAMissingValue_IsNaNOrEmptyText()
    {
        var model = await TypesAsync(models.Types);

        var prediction = Predictions.Of(model, """
            [{"count": 1, "total": 2, "amount": null, "flag": false, "name": null, "when": "2024-02-01", "weights": [0, 0, 0]}]
            """)[0];

        prediction.GetProperty("Features")[2].ValueKind.ShouldBe(JsonValueKind.Null, "NaN is written as null");
        prediction.GetProperty("Name").GetString().ShouldBe(string.Empty);
    }

    [Fact]
    public async Task Predict_ModelSavedWithoutItsInputSchema_ReadsTheSignaturesColumns()
    {
        var model = await TypesAsync(models.TypesWithoutSchema);

        var prediction = Predictions.Of(model, """
            [{"count": 1, "total": 2, "amount": 3, "flag": true, "name": "b", "when": "2024-02-01", "weights": [4, 5, 6]}]
            """)[0];

        prediction.GetProperty("Features").EnumerateArray().Select(v => v.GetSingle()).ShouldBe([1f, 2f, 3f, 1f, 4f, 5f, 6f]);
    }

    [Theory]
    [InlineData("""[{"PU_DO": "236_239", "trip_distance": 1}, {"PU_DO": "65_170"}]""", "Record 1 has no field 'trip_distance'; the model needs a number (Float32) there.")]
    [InlineData("""[{"PU_DO": "236_239", "trip_distance": "far"}]""", "Record 0, field 'trip_distance': expected a number (Float32) but got \"far\".")]
    [InlineData("""[{"PU_DO": 236, "trip_distance": 1}]""", "Record 0, field 'PU_DO': expected a string (String) but got 236.")]
    [InlineData("""[{"PU_DO": "236_239", "trip_distance": [1]}]""", "Record 0, field 'trip_distance': expected a number (Float32) but got an array of 1 values.")]
    [InlineData("""[{"PU_DO": "236_239", "trip_distance": 1}, 5]""", "Record 1 of the body is 5, not an object of fields.")]
    public async Task Predict_RecordThatDoesNotFit_NamesTheRecordTheFieldAndTheType(string body, string message)
    {
        var model = await TaxiAsync();

        Should.Throw<ModelInputException>(() => Predictions.Of(model, body)).Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("count", "null", "Record 0, field 'count': expected a whole number (Int32) but got null.")]
    [InlineData("count", "2.5", "Record 0, field 'count': expected a whole number (Int32) but got 2.5.")]
    [InlineData("total", "\"9\"", "Record 0, field 'total': expected a whole number (Int64) but got \"9\".")]
    [InlineData("flag", "1", "Record 0, field 'flag': expected true or false (Boolean) but got 1.")]
    [InlineData("when", "\"yesterday\"", "Record 0, field 'when': expected an ISO 8601 date and time string (DateTime) but got \"yesterday\".")]
    [InlineData("weights", "[1, 2]", "Record 0, field 'weights': expected an array of 3 numbers (Float32) but got an array of 2 values.")]
    [InlineData("weights", "[1, \"2\", 3]", "Record 0, field 'weights', item 1: expected a number (Float32) but got \"2\".")]
    public async Task Predict_ValueOfTheWrongType_IsRefusedWithOneMessage(string field, string value, string message)
    {
        var model = await TypesAsync(models.Types);
        var fields = new Dictionary<string, string>
        {
            ["count"] = "1", ["total"] = "2", ["amount"] = "3", ["flag"] = "true", ["name"] = "\"n\"",
            ["when"] = "\"2024-01-01\"", ["weights"] = "[1, 2, 3]",
        };
        fields[field] = value;
        var body = "[{" + string.Join(", ", fields.Select(f => $"\"{f.Key}\": {f.Value}")) + "}]";

        Should.Throw<ModelInputException>(() => Predictions.Of(model, body)).Message.ShouldBe(message);
    }

    [Fact]
    public async Task Predict_AfterABadRequest_TheSameEnginesPredictCorrectly()
    {
        var model = await TaxiAsync();
        var expected = Predictions.Scores(Predictions.Of(model, Trips));

        Should.Throw<ModelInputException>(() => Predictions.Of(model, """[{"PU_DO": "x", "trip_distance": 1}, {"PU_DO": "y"}]"""));

        Predictions.Scores(Predictions.Of(model, Trips)).ShouldBe(expected);
    }

    [Fact]
    public async Task Predict_FromManyThreadsAtOnce_GivesEachRequestItsOwnAnswers()
    {
        var model = await TaxiAsync();
        var distances = Enumerable.Range(1, 16).Select(i => i / 2f).ToArray();
        var expected = distances.Select(d => TestModels.Predict(models.TaxiV1Model, "74_75", d)).ToArray();

        var results = await Task.WhenAll(distances.Select((distance, i) => Task.Run(() =>
        {
            var body = $$"""[{"PU_DO": "74_75", "trip_distance": {{distance.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}]""";
            return Enumerable.Range(0, 200).All(_ => Predictions.Scores(Predictions.Of(model, body))[0] == expected[i]);
        })));

        results.ShouldAllBe(allMatched => allMatched);
    }

    private async Task<ServedModel> TaxiAsync()
    {
        var source = new InMemoryModelSource();
        source.Register("taxi", models.TaxiV1, TestModels.TaxiSignature);
        return await new ServedModels(source).GetAsync("taxi", ModelSelector.Latest);
    }

    private static async Task<ServedModel> TypesAsync(string file)
    {
        var source = new InMemoryModelSource();
        source.Register("types", file, TestModels.TypesSignature);
        return await new ServedModels(source).GetAsync("types", ModelSelector.Latest);
    }
}
