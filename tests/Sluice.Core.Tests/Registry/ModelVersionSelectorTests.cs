namespace Sluice.Core.Tests.Registry;

public sealed class ModelVersionSelectorTests
{
    [Theory]
    [InlineData("latest")]
    [InlineData(" Latest ")]
    public void Parse_Latest_SelectsTheHighestVersion(string text) =>
        ModelVersionSelector.Parse(text).IsLatest.ShouldBeTrue();

    [Fact]
    public void Parse_ANumber_SelectsThatVersion_AndAName_ThatAlias()
    {
        ModelVersionSelector.Parse("3").Version.ShouldBe(3);
        ModelVersionSelector.Parse("champion").Alias.ShouldBe("champion");
        ModelVersionSelector.Parse("champion").ToString().ShouldBe("champion");
        ModelVersionSelector.Parse("12").ToString().ShouldBe("12");
    }

    [Theory]
    [InlineData("", "No model version given; use a number such as 3, an alias such as champion, or latest.")]
    [InlineData("0", "Model version 0 does not exist; versions count from 1.")]
    [InlineData("99999999999", "Model version 99999999999 is too large to be a version number.")]
    [InlineData("-1", "Alias '-1' is not valid: use up to 200 letters, digits, '_' and '-', starting with a letter or '_'.")]
    [InlineData("my champion", "Alias 'my champion' is not valid")]
    public void Parse_WhatIsNeitherANumberNorAnAlias_SaysWhatIsAccepted(string text, string message) =>
        Should.Throw<SluiceException>(() => ModelVersionSelector.Parse(text)).Message.ShouldStartWith(message);
}
