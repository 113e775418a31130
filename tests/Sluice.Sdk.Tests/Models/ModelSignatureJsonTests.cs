namespace Sluice.Sdk.Tests.Models;

public sealed class ModelSignatureJsonTests
{
    private static readonly ModelSignature Taxi = new(
        [new ModelColumn("PU_DO", ModelColumnType.String), new ModelColumn("trip_distance", ModelColumnType.Float32), new ModelColumn("embedding", ModelColumnType.Float64, 3)],
        [new ModelColumn("Score", ModelColumnType.Float32)]);

    [Fact]
    public void Serialize_ThenDeserialize_GivesTheSameColumns()
    {
        var back = ModelSignatureJson.Deserialize(ModelSignatureJson.Serialize(Taxi));

        back.Inputs.ShouldBe(Taxi.Inputs);
        back.Outputs.ShouldBe(Taxi.Outputs);
    }

    [Fact]
    public void Serialize_WritesLowerCaseTypeNamesAndSizeOnlyForVectors()
    {
        var json = ModelSignatureJson.Serialize(Taxi);

        json.ShouldContain("\"type\": \"float32\"");
        json.ShouldContain("\"size\": 3");
        json.Split("\"size\"").Length.ShouldBe(2);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[]", "a signature is a JSON object")]
    [InlineData("""{"outputs": []}""", "\"inputs\" is missing")]
    [InlineData("""{"inputs": [], "outputs": {}}""", "\"outputs\" is missing or not an array")]
    [InlineData("""{"inputs": [{"type": "string"}], "outputs": []}""", "inputs[0].name: missing")]
    [InlineData("""{"inputs": [{"name": "a"}], "outputs": []}""", "inputs[0].type: missing")]
    [InlineData("""{"inputs": [{"name": "a", "type": "string"}, {"name": "b", "type": "decimal"}], "outputs": []}""", "inputs[1].type: 'decimal' is not a column type; valid types: string, boolean")]
    [InlineData("""{"inputs": [{"name": "a", "type": "3"}], "outputs": []}""", "inputs[0].type: '3' is not a column type")]
    [InlineData("""{"inputs": [], "outputs": [{"name": "s", "type": "float32", "size": -1}]}""", "outputs[0].size: must be a whole number")]
    [InlineData("""{"inputs": [{"name": "a", "type": "string"}, {"name": "a", "type": "int32"}], "outputs": []}""", "inputs[1].name: column 'a' is listed twice")]
    public void Deserialize_WhenTheTextIsNotASignature_NamesThePlace(string json, string message)
    {
        var error = Should.Throw<FormatException>(() => ModelSignatureJson.Deserialize(json));

        error.Message.ShouldContain(message);
    }

    [Fact]
    public void Deserialize_ReadsTypeNamesInAnyCase_AndIgnoresUnknownProperties()
    {
        var signature = ModelSignatureJson.Deserialize(
            """{"inputs": [{"name": "x", "type": "Float64", "note": "kept for later"}], "outputs": [], "version": 2}""");

        signature.Inputs.ShouldHaveSingleItem().ShouldBe(new ModelColumn("x", ModelColumnType.Float64));
    }
}
