using Microsoft.Data.Analysis;

using Sluice.Core;
using Sluice.Engine.Outputs;
using Sluice.ML.Features;
using Sluice.Sdk;

namespace Sluice.Engine.Tests.Outputs;

public sealed class OutputStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BlockKey _key = new(new PipelineId("data_preparation"), RunId.New(), "prepare");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ReadAsync_ReturnsOutputsInTheOrderTheyWereWritten()
    {
        var store = new OutputStore(_folder.Path);
        var frame = new DataFrame(new DoubleDataFrameColumn("duration", [12.5, 3.0]));
        BlockOutputValue[] outputs =
        [
            new("train", typeof(DataFrame), frame),
            new("count", typeof(int), 42),
            new("note", typeof(string), null),
            new("zones", typeof(IReadOnlyList<string>), new List<string> { "236_239", "é_1" }),
        ];

        await store.WriteAsync(_key, outputs);
        IReadOnlyList<BlockOutputValue> read = await store.ReadAsync(_key);

        read.Select(o => o.Name).ShouldBe(["train", "count", "note", "zones"]);
        read.Select(o => o.DeclaredType).ShouldBe([typeof(DataFrame), typeof(int), typeof(string), typeof(IReadOnlyList<string>)]);
        ((DataFrame)read[0].Value!)["duration"][0].ShouldBe(12.5);
        read[1].Value.ShouldBe(42);
        read[2].Value.ShouldBeNull();
        read[3].Value.ShouldBeOfType<List<string>>().ShouldBe(["236_239", "é_1"]);
        File.ReadAllText(Path.Combine(store.DirectoryOf(_key), "manifest.json")).ShouldContain("\"format\": \"arrow\"");
    }

    [Fact]
    public async Task ReadAsync_RestoresRecordsDictionariesAndMlFeatureTypes()
    {
        var store = new OutputStore(_folder.Path);
        var metrics = new Metrics("lightgbm", 5.12, [1, 2, 3], new Dictionary<string, double> { ["rmse"] = 5.12 });
        (DictVectorizer vectorizer, CsrMatrix matrix) = DictVectorizer.FitTransform(new DataFrame(
            new StringDataFrameColumn("PU_DO", ["10_1", "1_10"]), new DoubleDataFrameColumn("trip_distance", [1.0, 0.0])));

        await store.WriteAsync(_key,
        [
            new("metrics", typeof(Metrics), metrics),
            new("vectorizer", typeof(DictVectorizer), vectorizer),
            new("X", typeof(CsrMatrix), matrix),
        ]);
        IReadOnlyList<BlockOutputValue> read = await store.ReadAsync(_key);

        Metrics back = read[0].Value.ShouldBeOfType<Metrics>();
        back.Model.ShouldBe("lightgbm");
        back.Folds.ShouldBe([1, 2, 3]);
        back.Scores["rmse"].ShouldBe(5.12);
        read[1].Value.ShouldBeOfType<DictVectorizer>().FeatureNames.ShouldBe(vectorizer.FeatureNames);
        CsrMatrix x = read[2].Value.ShouldBeOfType<CsrMatrix>();
        x.Values.ToArray().ShouldBe(matrix.Values.ToArray());
        x.ColumnIndices.ToArray().ShouldBe(matrix.ColumnIndices.ToArray());
    }

    [Fact]
    public async Task ReadAsync_RestoresADynamicBlocksItems_RecordsWithNamesAndMetadata()
    {
        var store = new OutputStore(_folder.Path);
        List<DynamicItem<Metrics>> items =
        [
            new(new Metrics("sdca", 5.9, [1], []), "sdca", new Dictionary<string, string> { ["family"] = "linear" }),
            new(new Metrics("lightgbm", 5.1, [2, 3], new() { ["rmse"] = 5.1 })),
        ];

        await store.WriteAsync(_key, [new("output_0", typeof(IReadOnlyList<DynamicItem<Metrics>>), items)]);
        var read = (await store.ReadAsync(_key)).Single().Value.ShouldBeOfType<List<DynamicItem<Metrics>>>();

        read.Select(i => (i.Value.Model, i.Name)).ShouldBe([("sdca", "sdca"), ("lightgbm", (string?)null)]);
        read[0].Metadata.ShouldNotBeNull()["family"].ShouldBe("linear");
        read[1].Value.Folds.ShouldBe([2, 3]);
        read[1].Metadata.ShouldBeNull();
    }

    [Fact]
    public async Task ReadAsync_WhenNothingIsStored_SaysWhichBlockAndRun()
    {
        var store = new OutputStore(_folder.Path);

        SluiceException error = await Should.ThrowAsync<SluiceException>(() => store.ReadAsync(_key));

        error.Message.ShouldContain($"no stored outputs for block 'prepare' in run {_key.Run}");
        store.Exists(_key).ShouldBeFalse();
    }

    [Fact]
    public async Task WriteAsync_WhenASerializerFailsMidway_KeepsTheOldOutputsAndLeavesNoTempFolder()
    {
        var registry = new OutputSerializerRegistry([new FailingSerializer(), new JsonValueSerializer()]);
        var store = new OutputStore(_folder.Path, registry);
        await store.WriteAsync(_key, [new("count", typeof(int), 1)]);

        SluiceException error = await Should.ThrowAsync<SluiceException>(() => store.WriteAsync(_key,
        [
            new("count", typeof(int), 2),
            new("broken", typeof(Exploding), new Exploding()),
            new("after", typeof(int), 3),
        ]));

        error.Message.ShouldContain("'broken'");
        error.Message.ShouldContain("'prepare'");
        IReadOnlyList<BlockOutputValue> read = await store.ReadAsync(_key);
        read.Single().Value.ShouldBe(1);
        string runFolder = Path.GetDirectoryName(store.DirectoryOf(_key))!;
        Directory.GetFileSystemEntries(runFolder).Select(Path.GetFileName).ShouldBe(["prepare"]);
    }

    [Fact]
    public async Task WriteAsync_WhenTheFirstWriteFails_LeavesNoBlockFolder()
    {
        var store = new OutputStore(_folder.Path, new OutputSerializerRegistry([new FailingSerializer()]));

        await Should.ThrowAsync<SluiceException>(() =>
            store.WriteAsync(_key, [new("broken", typeof(Exploding), new Exploding())]));

        store.Exists(_key).ShouldBeFalse();
        Directory.GetFileSystemEntries(Path.GetDirectoryName(store.DirectoryOf(_key))!).ShouldBeEmpty();
    }

    [Fact]
    public async Task WriteAsync_WhenNoSerializerTakesTheValue_NamesBlockOutputAndTypeAndWritesNothing()
    {
        var store = new OutputStore(_folder.Path);

        SluiceException error = await Should.ThrowAsync<SluiceException>(() =>
            store.WriteAsync(_key, [new("stream", typeof(Stream), new MemoryStream())]));

        error.Message.ShouldContain("'stream'");
        error.Message.ShouldContain("'prepare'");
        error.Message.ShouldContain("System.IO.MemoryStream");
        Directory.Exists(store.DirectoryOf(_key)).ShouldBeFalse();
    }

    [Fact]
    public async Task WriteAsync_ReplacesEarlierOutputsOfTheSameBlock()
    {
        var store = new OutputStore(_folder.Path);
        await store.WriteAsync(_key, [new("a", typeof(int), 1), new("b", typeof(int), 2)]);

        await store.WriteAsync(_key, [new("c", typeof(string), "three")]);

        IReadOnlyList<BlockOutputValue> read = await store.ReadAsync(_key);
        read.Select(o => (o.Name, o.Value)).ShouldBe([("c", (object?)"three")]);
        Directory.GetFiles(store.DirectoryOf(_key)).Length.ShouldBe(2);
    }

    [Fact]
    public async Task ReadAsync_AfterACrashBetweenTheTwoMoves_RestoresTheOldOutputs()
    {
        var store = new OutputStore(_folder.Path);
        await store.WriteAsync(_key, [new("a", typeof(int), 7)]);
        string directory = store.DirectoryOf(_key);
        Directory.Move(directory, directory + ".old-" + Guid.NewGuid().ToString("N"));

        IReadOnlyList<BlockOutputValue> read = await store.ReadAsync(_key);

        read.Single().Value.ShouldBe(7);
    }

    [Fact]
    public async Task DeleteRun_RemovesEveryBlockOfTheRunOnly()
    {
        var store = new OutputStore(_folder.Path);
        var other = _key with { Run = RunId.New() };
        await store.WriteAsync(_key, [new("a", typeof(int), 1)]);
        await store.WriteAsync(_key with { Block = "train" }, [new("a", typeof(int), 1)]);
        await store.WriteAsync(other, [new("a", typeof(int), 1)]);

        store.DeleteRun(_key.Pipeline, _key.Run);

        store.Exists(_key).ShouldBeFalse();
        store.Exists(_key with { Block = "train" }).ShouldBeFalse();
        store.Exists(other).ShouldBeTrue();
        store.SizeOf(other).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void DirectoryOf_WhenBlockNameEscapesTheRunFolder_Throws()
    {
        var store = new OutputStore(_folder.Path);

        Should.Throw<SluiceException>(() => store.DirectoryOf(_key with { Block = "../../etc" }))
            .Message.ShouldContain("block name");
    }

    public sealed record Metrics(string Model, double Rmse, int[] Folds, Dictionary<string, double> Scores);

    public sealed class Exploding;

    private sealed class FailingSerializer : IOutputSerializer
    {
        public string Format => "failing";

        public string FileExtension => ".bin";

        public bool CanWrite(Type type) => type == typeof(Exploding);

        public void Write(object value, string path)
        {
            File.WriteAllText(path, "half");
            throw new IOException("disk full");
        }

        public object Read(string path, Type? storedType) => throw new InvalidOperationException("never stored");
    }
}
