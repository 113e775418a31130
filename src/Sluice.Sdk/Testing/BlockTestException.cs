namespace Sluice.Sdk;

/// <summary>A block test's failure. Its message is shown as the block's error.</summary>
public sealed class BlockTestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BlockTestException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public BlockTestException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public BlockTestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
