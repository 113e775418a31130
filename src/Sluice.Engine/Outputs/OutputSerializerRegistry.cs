namespace Sluice.Engine.Outputs;

/// <summary>The serializers an <see cref="OutputStore"/> may use; the first that can write a type wins.</summary>
public sealed class OutputSerializerRegistry
{
    private readonly IOutputSerializer[] _serializers;

    public OutputSerializerRegistry(IEnumerable<IOutputSerializer> serializers)
    {
        ArgumentNullException.ThrowIfNull(serializers);
        _serializers = [.. serializers];
        string? duplicate = _serializers.GroupBy(s => s.Format, StringComparer.Ordinal)
            .FirstOrDefault(group => group.Count() > 1)?.Key;
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two serializers claim the format '{duplicate}'.", nameof(serializers));
        }
    }

    public IReadOnlyList<IOutputSerializer> Serializers => _serializers;

    /// <summary>
    /// Frames first (a DataFrame is also an IDataView), then the ML types, arrays of numbers as .npy, then JSON for
    /// other plain values.
    /// </summary>
    public static OutputSerializerRegistry CreateDefault() => new(
    [
        new ArrowFrameSerializer(),
        new CsrMatrixSerializer(),
        new DictVectorizerSerializer(),
        new MlModelSerializer(),
        new DataViewSerializer(),
        new NumpyArraySerializer(),
        new JsonValueSerializer(),
    ]);

    public IOutputSerializer? FindFor(Type type) => _serializers.FirstOrDefault(s => s.CanWrite(type));

    public IOutputSerializer? FindByFormat(string format) =>
        _serializers.FirstOrDefault(s => string.Equals(s.Format, format, StringComparison.Ordinal));
}
