using System.Globalization;

namespace Sluice.ML.Training;

/// <summary>
/// Applies snake_case hyperparameters to one trainer's options object, refusing names the trainer does not take and
/// fractional values for whole-number settings.
/// </summary>
internal sealed class OptionSetters<TOptions>
{
    private readonly string _trainer;
    private readonly SortedDictionary<string, Action<TOptions, double>> _setters = new(StringComparer.Ordinal);

    public OptionSetters(string trainer) => _trainer = trainer;

    public IEnumerable<string> Names => _setters.Keys;

    public OptionSetters<TOptions> Real(string name, Action<TOptions, double> set)
    {
        _setters.Add(name, set);
        return this;
    }

    public OptionSetters<TOptions> Whole(string name, Action<TOptions, int> set)
    {
        _setters.Add(name, (options, value) => set(options, ToWhole(name, value)));
        return this;
    }

    public OptionSetters<TOptions> Flag(string name, Action<TOptions, bool> set)
    {
        _setters.Add(name, (options, value) => set(options, ToFlag(name, value)));
        return this;
    }

    public TOptions Apply(TOptions options, IReadOnlyDictionary<string, double> parameters)
    {
        foreach (var (name, value) in parameters)
        {
            if (!_setters.TryGetValue(name, out var set))
            {
                throw new ArgumentException(
                    $"Trainer '{_trainer}' has no parameter '{name}'. Valid parameters: {string.Join(", ", Names)}.",
                    nameof(parameters));
            }

            set(options, value);
        }

        return options;
    }

    private int ToWhole(string name, double value)
    {
        if (value != Math.Floor(value) || value < int.MinValue || value > int.MaxValue)
        {
            throw new ArgumentException(
                $"Parameter '{name}' of trainer '{_trainer}' must be a whole number, not "
                + $"{value.ToString(CultureInfo.InvariantCulture)}.",
                nameof(value));
        }

        return (int)value;
    }

    private bool ToFlag(string name, double value) => value switch
    {
        0 => false,
        1 => true,
        _ => throw new ArgumentException(
            $"Parameter '{name}' of trainer '{_trainer}' is a switch: use 0 or 1, not "
            + $"{value.ToString(CultureInfo.InvariantCulture)}.",
            nameof(value)),
    };
}
