using Microsoft.Extensions.Logging;

namespace Sluice.Engine.Products;

/// <summary>The lines a data-product block writes into its run's log: which outputs it took and why.</summary>
internal static partial class DataProductLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Data product {Product}: reused outputs of run {Run} of {Pipeline} from {Age} ago")]
    public static partial void Reused(ILogger logger, string product, string run, string pipeline, string age);

    [LoggerMessage(Level = LogLevel.Information, Message = "Data product {Product}: recomputing, {Reason}")]
    public static partial void Recomputing(ILogger logger, string product, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Data product {Product}: recomputed: run {Run} of {Pipeline}")]
    public static partial void Recomputed(ILogger logger, string product, string run, string pipeline);

    [LoggerMessage(Level = LogLevel.Information, Message = "Data product {Product}: waiting for the recomputation another run started")]
    public static partial void Waiting(ILogger logger, string product);
}
