namespace Sluice.ML.Tuning;

public sealed partial class SearchSpace
{
    private static NumericParameter Numeric(string name, double low, double high, double? step, NumericScale scale)
    {
        CheckName(name);
        CheckFinite(name, nameof(low), low, nameof(low));
        CheckFinite(name, nameof(high), high, nameof(high));
        if (low >= high)
        {
            throw Invalid(
                name, $"low ({NumericParameter.Format(low)}) must be below high ({NumericParameter.Format(high)})", nameof(low));
        }

        if (scale == NumericScale.Log && low <= 0)
        {
            throw Invalid(name, $"a logarithmic range needs low above 0, not {NumericParameter.Format(low)}", nameof(low));
        }

        if (step is double q)
        {
            CheckFinite(name, nameof(q), q, nameof(q));
            if (q <= 0)
            {
                throw Invalid(name, $"the step q must be above 0, not {NumericParameter.Format(q)}", nameof(q));
            }

            if (Math.Ceiling(low / q) > Math.Floor(high / q))
            {
                throw Invalid(
                    name,
                    $"no multiple of the step {NumericParameter.Format(q)} lies between {NumericParameter.Format(low)} "
                    + $"and {NumericParameter.Format(high)}",
                    nameof(q));
            }
        }

        return new NumericParameter(name, low, high, step, scale);
    }

    private static ChoiceParameter TextChoice(string name, string[] options)
    {
        CheckName(name);
        ArgumentNullException.ThrowIfNull(options);
        CheckCount(name, options.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string? option in options)
        {
            if (option is null)
            {
                throw Invalid(name, "an option cannot be null", nameof(options));
            }

            if (!seen.Add(option))
            {
                throw Invalid(name, $"option '{option}' is listed twice", nameof(options));
            }
        }

        return new ChoiceParameter(name, [.. options]);
    }

    private static ChoiceParameter NumberChoice(string name, double[] options)
    {
        CheckName(name);
        ArgumentNullException.ThrowIfNull(options);
        CheckCount(name, options.Length);
        var seen = new HashSet<double>();
        foreach (double option in options)
        {
            CheckFinite(name, "an option", option, nameof(options));
            if (!seen.Add(option))
            {
                throw Invalid(name, $"option {NumericParameter.Format(option)} is listed twice", nameof(options));
            }
        }

        return new ChoiceParameter(name, [.. options.Select(option => (object)option)]);
    }

    private static void CheckName(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A search parameter needs a name.", nameof(name));
        }
    }

    private static void CheckCount(string name, int count)
    {
        if (count == 0)
        {
            throw Invalid(name, "a choice needs at least one option", "options");
        }
    }

    private static void CheckFinite(string name, string what, double value, string argument)
    {
        if (!double.IsFinite(value))
        {
            throw Invalid(name, $"{what} must be a finite number, not {NumericParameter.Format(value)}", argument);
        }
    }

    private static ArgumentException Invalid(string name, string rule, string argument) =>
        new($"Search parameter '{name}': {rule}.", argument);
}
