using System.Globalization;

namespace Sluice.ML.Tuning;

/// <summary>
/// One point of a search: its number (1 for the first trial) and a value for every parameter of the space, a
/// <see cref="double"/> for numeric parameters and numeric choices, a <see cref="string"/> for text choices. Two
/// trials are equal when their numbers and values are.
/// </summary>
public sealed record Trial
{
    private readonly Dictionary<string, object> _values;

    internal Trial(int number, IEnumerable<KeyValuePair<string, object>> values)
    {
        Number = number;
        _values = new Dictionary<string, object>(values, StringComparer.Ordinal);
    }

    /// <summary>The trial's position in its search, from 1.</summary>
    public int Number { get; }

    /// <summary>The values by parameter name, in the space's declaration order.</summary>
    public IReadOnlyDictionary<string, object> Values => _values;

    /// <summary>
    /// The numeric values (numeric parameters and numeric choices) by name, ready for
    /// <see cref="Training.TrainerSettings.Parameters"/>; text choices such as a trainer name are left out.
    /// </summary>
    public IReadOnlyDictionary<string, double> ToParameters() =>
        _values.Where(pair => pair.Value is double).ToDictionary(pair => pair.Key, pair => (double)pair.Value, StringComparer.Ordinal);

    /// <summary>The number held by <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The space has no such parameter, or it holds text.</exception>
    public double GetDouble(string name) => Get(name) switch
    {
        double value => value,
        var other => throw new ArgumentException(
            $"Parameter '{name}' of trial {Number} holds the text '{other}', not a number.", nameof(name)),
    };

    /// <summary>The whole number held by <paramref name="name"/> (declare it with a step of 1 or a whole-number choice).</summary>
    /// <exception cref="ArgumentException">The space has no such parameter, or its value is not a whole number.</exception>
    public int GetInt32(string name)
    {
        double value = GetDouble(name);
        if (value != Math.Floor(value) || value < int.MinValue || value > int.MaxValue)
        {
            throw new ArgumentException(
                $"Parameter '{name}' of trial {Number} holds {NumericParameter.Format(value)}, not a whole number.", nameof(name));
        }

        return (int)value;
    }

    /// <summary>The text held by <paramref name="name"/> (a choice of text).</summary>
    /// <exception cref="ArgumentException">The space has no such parameter, or it holds a number.</exception>
    public string GetString(string name) => Get(name) switch
    {
        string value => value,
        var other => throw new ArgumentException(
            $"Parameter '{name}' of trial {Number} holds the number {NumericParameter.Format((double)other)}, not text.",
            nameof(name)),
    };

    /// <inheritdoc/>
    public bool Equals(Trial? other) =>
        other is not null && Number == other.Number && _values.Count == other._values.Count
        && _values.All(pair => other._values.TryGetValue(pair.Key, out var value) && pair.Value.Equals(value));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, _values.Count);

    /// <summary>The trial as "trial 3: learning_rate=0.1, trainer=sdca", numbers in full precision.</summary>
    public override string ToString() =>
        $"trial {Number}: " + string.Join(", ", _values.Select(pair => $"{pair.Key}={Convert.ToString(pair.Value, CultureInfo.InvariantCulture)}"));

    private object Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_values.TryGetValue(name, out var value))
        {
            throw new ArgumentException(
                $"Trial {Number} has no parameter '{name}'. Parameters: {string.Join(", ", _values.Keys)}.", nameof(name));
        }

        return value;
    }
}
