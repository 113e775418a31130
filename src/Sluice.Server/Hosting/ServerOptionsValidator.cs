using Microsoft.Extensions.Options;

namespace Sluice.Server.Hosting;

/// <summary>Refuses, at start-up, options that would expose projects (and the code they run) without a password.</summary>
internal sealed class ServerOptionsValidator : IValidateOptions<ServerOptions>
{
    public ValidateOptionsResult Validate(string? name, ServerOptions options)
    {
        var failures = new List<string>();
        if (!options.IsLoopback && string.IsNullOrWhiteSpace(options.Token))
        {
            failures.Add(
                $"listening on {options.Address} lets other machines run code here; set a token (--token or SLUICE_TOKEN) or listen on 127.0.0.1");
        }

        if (options.Port is < 0 or > 65535)
        {
            failures.Add($"port {options.Port} is not a port number (0-65535)");
        }

        if (options.MaxPredictionBodySize <= 0)
        {
            failures.Add($"the prediction body limit must be at least 1 byte, not {options.MaxPredictionBodySize}");
        }

        if (!Directory.Exists(options.Folder))
        {
            failures.Add($"folder '{options.Folder}' does not exist");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
