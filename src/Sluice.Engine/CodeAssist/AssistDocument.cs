using Microsoft.CodeAnalysis;

namespace Sluice.Engine.CodeAssist;

/// <summary>
/// The edited file as the workspace holds it after one call: the document (an immutable snapshot, safe to use
/// outside the workspace's lock), whether it is a utils file, and, for a block, the first error of the utils it is
/// built against (null text when they compile; null task when there are no utils).
/// </summary>
internal sealed record AssistDocument(Document Document, bool IsUtils, Task<string?>? UtilsError);
