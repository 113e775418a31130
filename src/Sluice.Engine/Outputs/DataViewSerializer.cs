using Microsoft.ML;

namespace Sluice.Engine.Outputs;

/// <summary>
/// ML.NET data views in ML.NET's binary format. The view read back streams from its file, so it is valid for as long
/// as the run's outputs are kept.
/// </summary>
public sealed class DataViewSerializer : IOutputSerializer
{
    private readonly MLContext _ml = new(seed: 0);

    public string Format => "mlnet-idv";

    public string FileExtension => ".idv";

    public bool CanWrite(Type type) => typeof(IDataView).IsAssignableFrom(type);

    public void Write(object value, string path)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        _ml.Data.SaveAsBinary((IDataView)value, stream);
    }

    public object Read(string path, Type? storedType) => _ml.Data.LoadFromBinary(path);
}
