using Microsoft.Data.Analysis;

using Sluice.Core;
using Sluice.Engine.Outputs;

namespace Sluice.Engine.Tests.Outputs;

public sealed class OutputStoreCopyTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BlockKey _source = new(new PipelineId("data_preparation"), RunId.New(), "prepare");
    private readonly BlockKey _target = new(new PipelineId("training"), RunId.New(), "training_data");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task CopyAsync_StoresTheSameOutputsUnderTheTarget_NamedForTheTargetBlock()
    {
        var store = new OutputStore(_folder.Path);
        var frame = new DataFrame(new DoubleDataFrameColumn("duration", [12.5, 3.0]));
        await store.WriteAsync(_source, [new("train", typeof(DataFrame), frame), new("note", typeof(string), null), new("count", typeof(int), 2)]);

        await store.CopyAsync(_source, _target);

        var copied = await store.ReadAsync(_target);
        copied.Select(o => o.Name).ShouldBe(["train", "note", "count"]);
        ((DataFrame)copied[0].Value!)["duration"][1].ShouldBe(3.0);
        copied[1].Value.ShouldBeNull();
        copied[2].Value.ShouldBe(2);
        File.ReadAllText(Path.Combine(store.DirectoryOf(_target), "manifest.json")).ShouldContain("\"block\": \"training_data\"");
        store.Exists(_source).ShouldBeTrue();
    }

    [Fact]
    public async Task CopyAsync_KeepsTheCopy_WhenTheSourceRunIsDeleted()
    {
        var store = new OutputStore(_folder.Path);
        await store.WriteAsync(_source, [new("count", typeof(int), 7)]);
        await store.CopyAsync(_source, _target);

        store.DeleteRun(_source.Pipeline, _source.Run);

        (await store.ReadAsync(_target, "count")).Value.ShouldBe(7);
    }

    [Fact]
    public async Task CopyAsync_WhenTheSourceStoredNothing_SaysSo_AndLeavesNoTargetFolder()
    {
        var store = new OutputStore(_folder.Path);

        var error = await Should.ThrowAsync<SluiceException>(() => store.CopyAsync(_source, _target));

        error.Message.ShouldContain($"no stored outputs for block 'prepare' in run {_source.Run}");
        Directory.Exists(Path.Combine(_folder.Path, "training")).ShouldBeFalse();
    }
}
