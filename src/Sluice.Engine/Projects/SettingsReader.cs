using System.Globalization;

using Sluice.Core;

using YamlDotNet.RepresentationModel;

namespace Sluice.Engine.Projects;

/// <summary>Reads a <c>settings</c> mapping of sluice.yaml, pipeline.yaml or a block.</summary>
internal static class SettingsReader
{
    public static readonly IReadOnlyList<string> RunKeys = ["retries", "retry_delay", "timeout", "concurrency", "poll_interval"];

    // Concurrency limits a whole run, so a single block cannot set it.
    public static readonly IReadOnlyList<string> BlockKeys = ["retries", "retry_delay", "timeout", "poll_interval"];

    public static ExecutionSettings Read(YamlSource source, YamlNode node, string where, IReadOnlyList<string> allowed)
    {
        var settings = ExecutionSettings.None;
        foreach (var (key, value) in YamlMaps.Entries(source, node, where, allowed))
        {
            settings = key.Value switch
            {
                "retries" => settings with { Retries = ReadInt(source, value, "retries", minimum: 0) },
                "concurrency" => settings with { Concurrency = ReadInt(source, value, "concurrency", minimum: 1) },
                "retry_delay" => settings with { RetryDelay = ReadDuration(source, value, "retry_delay", allowZero: true) },
                "poll_interval" => settings with { PollInterval = ReadDuration(source, value, "poll_interval", allowZero: false) },
                _ => settings with { Timeout = ReadDuration(source, value, "timeout", allowZero: false) },
            };
        }

        return settings;
    }

    public static int ReadInt(YamlSource source, YamlNode node, string what, int minimum)
    {
        var text = ReadText(source, node, what);
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw source.Error(node, $"{what} must be a whole number, not '{text}'");
        }

        return value >= minimum
            ? value
            : throw source.Error(node, $"{what} must be at least {minimum}, not {value}");
    }

    public static TimeSpan ReadDuration(YamlSource source, YamlNode node, string what, bool allowZero)
    {
        var text = ReadText(source, node, what);
        if (!Durations.TryParse(text, out var duration))
        {
            throw source.Error(node, $"{what} '{text}' is not a duration; write {Durations.Forms}");
        }

        return allowZero || duration > TimeSpan.Zero
            ? duration
            : throw source.Error(node, $"{what} must be longer than zero");
    }

    public static string ReadText(YamlSource source, YamlNode node, string what) =>
        node is YamlScalarNode { Value: { Length: > 0 } text } && !YamlScalars.IsNull(node)
            ? text
            : throw source.Error(node, $"{what} needs a value, not {(YamlScalars.IsNull(node) ? "nothing" : YamlScalars.Describe(node))}");
}
