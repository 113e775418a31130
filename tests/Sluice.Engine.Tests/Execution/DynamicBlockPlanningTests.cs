using Sluice.Core;
using Sluice.Engine.Tests.Support;

using static Sluice.Engine.Tests.Execution.DynamicBlockSources;

namespace Sluice.Engine.Tests.Execution;

public sealed class DynamicBlockPlanningTests
{
    [Fact]
    public async Task DynamicBlock_DeclaredToReturnNoCollection_IsRefusedBeforeAnythingRuns()
    {
        await using var temp = new TempProject()
            .Write("custom/models.cs", "public static class Models { [Custom] public static string Run() => \"sdca\"; }")
            .Write("custom/train.cs", Train)
            .Write("pipelines/p/pipeline.yaml", Pipeline("", reduceTrain: false));
        var project = await temp.OpenAsync();

        var error = await Should.ThrowAsync<SluiceException>(() => project.RunAsync("p"));

        error.Message.ShouldBe(
            "custom/models.cs: dynamic block 'models' must return a collection (an array, List<T>, IEnumerable<T>, IReadOnlyList<T>) "
            + "or a collection of DynamicItem<T>, not String");
        (await temp.Store.Runs.ListRunsAsync(RunFilter.All, new PageRequest())).Total.ShouldBe(0);
    }

    [Fact]
    public async Task DynamicChild_WhoseParameterDoesNotTakeTheItemType_NamesBlockParameterAndBothTypes()
    {
        await using var temp = new TempProject()
            .Write("custom/models.cs", Models)
            .Write("custom/train.cs", "public static class Train { [Custom] public static int Run(int model) => model; }")
            .Write("pipelines/p/pipeline.yaml", Pipeline("", reduceTrain: false));
        var project = await temp.OpenAsync();

        var error = await Should.ThrowAsync<SluiceException>(() => project.RunAsync("p"));

        error.Message.ShouldBe(
            "custom/train.cs: block 'train': parameter 'model' is Int32 but it receives one item of dynamic block 'models', which is String");
    }

    [Fact]
    public async Task Reducer_WhoseParameterDoesNotTakeTheList_NamesBlockParameterAndBothTypes()
    {
        await using var temp = new TempProject()
            .Write("custom/models.cs", Models)
            .Write("custom/train.cs", Train)
            .Write("custom/compare.cs", "public static class Compare { [Custom] public static string Run(string trained) => trained; }")
            .Write("pipelines/p/pipeline.yaml", Pipeline(CompareAfterTrain, reduceTrain: true));
        var project = await temp.OpenAsync();

        var error = await Should.ThrowAsync<SluiceException>(() => project.RunAsync("p"));

        error.Message.ShouldBe(
            "custom/compare.cs: block 'compare': parameter 'trained' is String but it receives output 'output_0' of 'train' "
            + "reduced over every item, which is IReadOnlyList<String>");
    }

    [Fact]
    public async Task BlockAfterADynamicChild_ThatDoesNotReduce_TakesOneItemsOutput_AndIsCheckedAsSuch()
    {
        await using var temp = new TempProject()
            .Write("custom/models.cs", Models)
            .Write("custom/train.cs", Train)
            .Write("custom/compare.cs", Compare)
            .Write("pipelines/p/pipeline.yaml", Pipeline(CompareAfterTrain, reduceTrain: false));
        var project = await temp.OpenAsync();

        var error = await Should.ThrowAsync<SluiceException>(() => project.RunAsync("p"));

        error.Message.ShouldBe(
            "custom/compare.cs: block 'compare': parameter 'trained' is IReadOnlyList<String> but upstream 'train' output 'output_0' is String");
    }

    [Theory]
    [InlineData(
        "  - name: compare\n    kind: custom\n    upstream: [models]\n    reduce_output: true\n  - name: again\n    kind: custom\n    upstream: [train]\n    dynamic: true\n",
        "block 'again' has dynamic: true but already runs once per item of dynamic block 'models'")]
    [InlineData(
        "  - name: compare\n    kind: custom\n    reduce_output: true\n",
        "block 'compare' has reduce_output: true but does not run once per item: no block upstream of it has dynamic: true")]
    [InlineData(
        "  - name: other\n    kind: custom\n    dynamic: true\n  - name: compare\n    kind: custom\n    upstream: [train, other]\n",
        "block 'compare' would run once per item of two dynamic blocks, 'models' and 'other'")]
    public async Task Pipeline_WhoseDynamicFlagsCannotRun_IsRefusedNamingTheBlock(string blocks, string problem)
    {
        await using var temp = new TempProject()
            .Write("custom/models.cs", Models)
            .Write("custom/train.cs", Train)
            .Write("custom/compare.cs", Compare)
            .Write("custom/other.cs", Models.Replace("class Models", "class Other", StringComparison.Ordinal))
            .Write("custom/again.cs", Models.Replace("class Models", "class Again", StringComparison.Ordinal))
            .Write("pipelines/p/pipeline.yaml", Pipeline(blocks, reduceTrain: false));
        var project = await temp.OpenAsync();

        var error = await Should.ThrowAsync<SluiceException>(() => project.RunAsync("p"));

        error.Message.ShouldStartWith($"Pipeline 'p': {problem}");
        (await temp.Store.Runs.ListRunsAsync(RunFilter.All, new PageRequest())).Total.ShouldBe(0);
    }
}
