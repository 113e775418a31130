using Sluice.Core;
using Sluice.Engine.Tracking;

namespace Sluice.Engine.Tests.Tracking;

public sealed class ArtifactStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sluice-tests", $"artifacts-{Guid.NewGuid():N}");
    private readonly ArtifactStore _store;
    private readonly ExperimentId _experiment = ExperimentId.New();
    private readonly TrackedRunId _run = TrackedRunId.New();

    public ArtifactStoreTests() => _store = new ArtifactStore(_root);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Write_PutsTheFileUnderExperimentRunAndName_AndLeavesNoTemporaryFile()
    {
        var size = await _store.WriteAsync(_experiment, _run, "model/model.zip", new MemoryStream([1, 2, 3]));

        size.ShouldBe(3);
        var path = Path.Combine(_root, _experiment.Value, _run.Value, "model", "model.zip");
        _store.PathOf(_experiment, _run, "model/model.zip").ShouldBe(path);
        (await File.ReadAllBytesAsync(path)).ShouldBe([1, 2, 3]);
        Directory.GetFiles(Path.GetDirectoryName(path)!).ShouldBe([path]);
    }

    [Fact]
    public async Task Write_AgainUnderTheSameName_ReplacesTheFile()
    {
        await _store.WriteAsync(_experiment, _run, "notes.txt", new MemoryStream([1, 2, 3]));

        await _store.WriteAsync(_experiment, _run, "notes.txt", new MemoryStream([9]));

        (await File.ReadAllBytesAsync(_store.PathOf(_experiment, _run, "notes.txt"))).ShouldBe([9]);
    }

    [Fact]
    public async Task Write_WhenTheContentFailsHalfway_KeepsThePreviousFileAndNoTemporaryFile()
    {
        await _store.WriteAsync(_experiment, _run, "notes.txt", new MemoryStream([1, 2, 3]));

        await Should.ThrowAsync<IOException>(() => _store.WriteAsync(_experiment, _run, "notes.txt", new FailingStream()));

        var path = _store.PathOf(_experiment, _run, "notes.txt");
        (await File.ReadAllBytesAsync(path)).ShouldBe([1, 2, 3]);
        Directory.GetFiles(Path.GetDirectoryName(path)!).ShouldBe([path]);
    }

    [Fact]
    public async Task Write_WithANameThatLeavesTheRunsFolder_FailsAndWritesNothing()
    {
        var error = await Should.ThrowAsync<SluiceException>(
            () => _store.WriteAsync(_experiment, _run, "../../escape.txt", new MemoryStream([1])));

        error.Message.ShouldBe("Artifact name '../../escape.txt' holds '..'; an artifact cannot leave its run's folder.");
        Directory.Exists(_root).ShouldBeFalse();
    }

    [Fact]
    public async Task Write_UnderAFileOrOverAFolder_FailsNamingTheClash()
    {
        await _store.WriteAsync(_experiment, _run, "model", new MemoryStream([1]));
        await _store.WriteAsync(_experiment, _run, "plots/a.png", new MemoryStream([1]));

        (await Should.ThrowAsync<SluiceException>(() => _store.WriteAsync(_experiment, _run, "model/model.zip", new MemoryStream([1]))))
            .Message.ShouldBe($"Artifact 'model/model.zip' of tracked run {_run} cannot be written: 'model' is already an artifact file, not a folder.");
        (await Should.ThrowAsync<SluiceException>(() => _store.WriteAsync(_experiment, _run, "plots", new MemoryStream([1]))))
            .Message.ShouldBe($"Artifact 'plots' of tracked run {_run} cannot be written: 'plots' is already a folder of artifacts.");
    }

    [Fact]
    public async Task CopyFile_OfAMissingFile_FailsNamingThePath()
    {
        var missing = Path.Combine(_root, "nowhere.bin");

        var error = await Should.ThrowAsync<SluiceException>(() => _store.CopyFileAsync(_experiment, _run, "data.bin", missing));

        error.Message.ShouldBe($"Artifact 'data.bin' cannot be logged from {missing}: there is no such file.");
    }

    /// <summary>Gives some bytes, then fails as a broken network stream would.</summary>
    private sealed class FailingStream : Stream
    {
        private bool _gave;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_gave)
            {
                throw new IOException("The connection was reset.");
            }

            _gave = true;
            buffer[offset] = 42;
            return 1;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
