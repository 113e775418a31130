using Sluice.Core;

namespace Sluice.Cli.Commands;

/// <summary>Parses <c>--var key=value</c> arguments.</summary>
internal static class VariableArguments
{
    public static IReadOnlyDictionary<string, object?> Parse(IEnumerable<string>? arguments)
    {
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var argument in arguments ?? [])
        {
            var separator = argument.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                throw new SluiceException(
                    $"--var '{argument}' has no key=value form; write it as --var name=value (e.g. --var year=2024).");
            }

            variables[argument[..separator].Trim()] = argument[(separator + 1)..];
        }

        return variables;
    }
}
