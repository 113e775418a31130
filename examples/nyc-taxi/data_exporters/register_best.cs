namespace NycTaxi;

/// <summary>Registers the model with the lowest validation RMSE and points the champion alias at it.</summary>
public static class RegisterBest
{
    [DataExporter]
    public static async Task<(string Model, int Version, double Rmse)> Register(
        IReadOnlyList<string> models,
        IReadOnlyList<string> trackedRuns,
        IReadOnlyList<double> rmses,
        IReadOnlyList<double> mses,
        BlockContext context)
    {
        var name = context.Variables.GetString("registered_model", "nyc-taxi-duration");
        int best = 0;
        for (int i = 1; i < rmses.Count; i++)
        {
            if (rmses[i] < rmses[best])
            {
                best = i;
            }
        }

        var version = await context.Models.RegisterAsync(name, trackedRuns[best], cancellationToken: context.CancellationToken);
        await context.Models.SetAliasAsync(name, "champion", version.Version, context.CancellationToken);
        context.Logger.LogInformation(
            "Registered {Model} (RMSE {Rmse:0.000}) as {Name} version {Version}, now the champion",
            models[best], rmses[best], name, version.Version);
        return (models[best], version.Version, rmses[best]);
    }
}
