using System.Globalization;

namespace Sluice.ML.Tuning;

/// <summary>
/// One of a fixed list of options, each equally likely a priori (hyperopt's choice). Options are all strings or all
/// numbers (held as <see cref="double"/>).
/// </summary>
public sealed record ChoiceParameter : SearchParameter
{
    internal ChoiceParameter(string name, IReadOnlyList<object> options)
        : base(name) => Options = options;

    /// <summary>The options in declaration order; a trial holds one of these objects.</summary>
    public IReadOnlyList<object> Options { get; }

    /// <summary>Whether the options are numbers (so trials hold a <see cref="double"/>).</summary>
    public bool IsNumeric => Options[0] is double;

    /// <inheritdoc/>
    public bool Equals(ChoiceParameter? other) =>
        other is not null && Name == other.Name && Options.SequenceEqual(other.Options);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Options.Count);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Name}: choice of {string.Join(", ", Options.Select(option => Convert.ToString(option, CultureInfo.InvariantCulture)))}";
}
