using System.Collections;
using System.Globalization;

namespace Sluice.Sdk;

/// <summary>
/// The resolved variables of a run, read-only. Values come from YAML (strings, numbers, booleans, lists) or from
/// the command line and API (strings); <see cref="Get{T}(string)"/> converts them with the invariant culture, and
/// a comma-separated string converts to an array or list.
/// </summary>
public sealed class BlockVariables : IReadOnlyDictionary<string, object?>
{
    private readonly IReadOnlyDictionary<string, object?> _values;

    /// <summary>Creates a set from already-merged values.</summary>
    public BlockVariables(IReadOnlyDictionary<string, object?> values) => _values = values;

    /// <summary>A set with no variables.</summary>
    public static BlockVariables Empty { get; } = new(new Dictionary<string, object?>());

    /// <inheritdoc />
    public object? this[string key] => _values[key];

    /// <inheritdoc />
    public IEnumerable<string> Keys => _values.Keys;

    /// <inheritdoc />
    public IEnumerable<object?> Values => _values.Values;

    /// <inheritdoc />
    public int Count => _values.Count;

    /// <summary>The value of <paramref name="name"/> converted to <typeparamref name="T"/>.</summary>
    /// <exception cref="KeyNotFoundException">The variable is not set.</exception>
    /// <exception cref="FormatException">The value does not convert to <typeparamref name="T"/>.</exception>
    public T Get<T>(string name) =>
        _values.TryGetValue(name, out var value)
            ? VariableConverter.Convert<T>(name, value)
            : throw new KeyNotFoundException($"Variable '{name}' is not set.");

    /// <summary>The value of <paramref name="name"/>, or <paramref name="fallback"/> when it is not set.</summary>
    /// <exception cref="FormatException">The value is set but does not convert to <typeparamref name="T"/>.</exception>
    public T Get<T>(string name, T fallback) =>
        _values.TryGetValue(name, out var value) && value is not null
            ? VariableConverter.Convert<T>(name, value)
            : fallback;

    /// <summary>The value of <paramref name="name"/> as text, or <paramref name="fallback"/> when it is not set.</summary>
    public string GetString(string name, string fallback) =>
        _values.TryGetValue(name, out var value) && value is not null
            ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? fallback
            : fallback;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, out object? value) => _values.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
