using System.Text.Json;

namespace Sluice.Server.Api;

/// <summary>The body of POST /api/projects.</summary>
public sealed record CreateProjectRequest(string Name);

/// <summary>The body of POST /api/projects/{project}/pipelines.</summary>
public sealed record CreatePipelineRequest(string Name, string? Description);

/// <summary>The body of POST .../runs: run-time variables that override the pipeline's.</summary>
public sealed record StartRunRequest(IReadOnlyDictionary<string, JsonElement>? Variables);

/// <summary>The body of POST .../blocks: a new block from its kind's template.</summary>
public sealed record AddBlockRequest(string Name, string Kind, IReadOnlyList<string>? Upstream);

/// <summary>The body of PATCH .../blocks/{block}: a new name, new upstream blocks, or both.</summary>
public sealed record UpdateBlockRequest(string? Name, IReadOnlyList<string>? Upstream);

/// <summary>The body of PUT .../blocks/{block}/source.</summary>
public sealed record BlockSourceRequest(string Source);

/// <summary>The body of PUT .../variables: the pipeline's variables, replacing the old ones.</summary>
public sealed record VariablesRequest(IReadOnlyDictionary<string, JsonElement> Variables);

/// <summary>The body of PUT .../charts: every chart of the pipeline.</summary>
public sealed record ChartsRequest(IReadOnlyList<Sluice.Core.ChartDefinition> Charts);

/// <summary>The body of POST .../assist/completions and .../assist/diagnostics; line and column count from 1.</summary>
public sealed record AssistRequest(string Source, int Line = 1, int Column = 1);
