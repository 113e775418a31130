using System.Diagnostics;
using System.Reflection;

using Sluice.Core;

namespace Sluice.Engine.Execution;

/// <summary>Words a block's exception as one line: its type, message, and where in the block file it was thrown.</summary>
internal static class BlockErrors
{
    public static string Describe(Exception exception, string blockSourcePath)
    {
        var inner = Unwrap(exception);
        if (inner is SluiceException sluice)
        {
            // Sluice's own words about the block (an input that does not fit, a dynamic block's items): already one
            // clear line that names the place.
            return sluice.Message;
        }

        var where = PlaceIn(inner, blockSourcePath);
        return where is null ? $"{inner.GetType().Name}: {inner.Message}" : $"{inner.GetType().Name}: {inner.Message} (at {where})";
    }

    private static Exception Unwrap(Exception exception) => exception switch
    {
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        _ => exception,
    };

    private static string? PlaceIn(Exception exception, string blockSourcePath)
    {
        var suffix = blockSourcePath.Replace('\\', '/');
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
        {
            var file = frame.GetFileName()?.Replace('\\', '/');
            if (file is not null && file.EndsWith(suffix, StringComparison.Ordinal))
            {
                return $"{suffix}:{frame.GetFileLineNumber()}";
            }
        }

        return null;
    }
}
