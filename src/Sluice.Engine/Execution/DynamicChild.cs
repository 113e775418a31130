using Sluice.Sdk;

namespace Sluice.Engine.Execution;

/// <summary>One item of a dynamic block: the value its children receive, and its name, index and metadata.</summary>
internal sealed record DynamicChild(object? Value, DynamicItemInfo Info);
