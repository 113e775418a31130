using Sluice.Core;

namespace Sluice.Server.Runs;

/// <summary>A run going on in this server, and the means to cancel it.</summary>
internal sealed record ActiveRun(RunId Id, CancellationTokenSource Cancellation, Task Completion);
