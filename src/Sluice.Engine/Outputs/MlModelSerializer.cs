using Microsoft.ML;

namespace Sluice.Engine.Outputs;

/// <summary>
/// Fitted ML.NET models (<see cref="ITransformer"/>) as ML.NET model zips. The input schema is not known from the
/// model alone, so it is saved without one; ML.NET loads such models and applies them to any matching data.
/// </summary>
public sealed class MlModelSerializer : IOutputSerializer
{
    private readonly MLContext _ml = new(seed: 0);

    public string Format => "mlnet-model";

    public string FileExtension => ".zip";

    public bool CanWrite(Type type) => typeof(ITransformer).IsAssignableFrom(type);

    public void Write(object value, string path) => _ml.Model.Save((ITransformer)value, null, path);

    public object Read(string path, Type? storedType) => _ml.Model.Load(path, out _);
}
