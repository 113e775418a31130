using Microsoft.AspNetCore.Builder;

namespace Sluice.Server.Api;

/// <summary>The REST API under /api; the OpenAPI document at /openapi/v1.json describes it.</summary>
internal static class SluiceApi
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api");
        ProjectEndpoints.Map(api);
        PipelineEndpoints.Map(api);
        RunEndpoints.Map(api);
        BlockEndpoints.Map(api);
        AssistEndpoints.Map(api);
        ChartEndpoints.Map(api);
        ExperimentEndpoints.Map(api);
        ModelRegistryEndpoints.Map(api);
        ModelEndpoints.Map(api);
        BlockCallEndpoints.Map(api);
    }
}
