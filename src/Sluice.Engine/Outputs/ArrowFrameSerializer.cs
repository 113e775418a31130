using Microsoft.Data.Analysis;

using Sluice.Engine.Outputs.Arrow;

namespace Sluice.Engine.Outputs;

/// <summary>Data frames as Arrow IPC files (readable by pandas, polars, DuckDB).</summary>
public sealed class ArrowFrameSerializer : IOutputSerializer
{
    private const int BufferSize = 1 << 20;

    public string Format => "arrow";

    public string FileExtension => ".arrow";

    public bool CanWrite(Type type) => typeof(DataFrame).IsAssignableFrom(type);

    public void Write(object value, string path)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize);
        FrameToArrow.Write((DataFrame)value, stream);
    }

    public object Read(string path, Type? storedType)
    {
        using var stream = new FileStream(
            path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        return ArrowToFrame.Read(stream);
    }
}
