using System.Text.Json;

using Sluice.ML.Features;

namespace Sluice.Engine.Outputs;

/// <summary>Fitted <see cref="DictVectorizer"/>s as JSON: feature names and which columns are strings or numbers.</summary>
public sealed class DictVectorizerSerializer : IOutputSerializer
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public string Format => "dict-vectorizer";

    public string FileExtension => ".json";

    public bool CanWrite(Type type) => type == typeof(DictVectorizer);

    public void Write(object value, string path)
    {
        var vectorizer = (DictVectorizer)value;
        var state = new DictVectorizerState(
            [.. vectorizer.FeatureNames], [.. vectorizer.StringColumns], [.. vectorizer.NumericColumns]);
        using FileStream stream = File.Create(path);
        JsonSerializer.Serialize(stream, state, Options);
    }

    public object Read(string path, Type? storedType)
    {
        using FileStream stream = File.OpenRead(path);
        DictVectorizerState state = JsonSerializer.Deserialize<DictVectorizerState>(stream, Options)
            ?? throw new InvalidDataException($"'{path}' holds no vectorizer.");
        return new DictVectorizer(state.FeatureNames, state.StringColumns, state.NumericColumns);
    }
}
