namespace Sluice.ML.Serving;

/// <summary>
/// A registered version could not be served: its file is missing or unreadable, or it does not match its signature.
/// The message names the model, the version and what is wrong. A failed load is not kept: the next request tries again.
/// </summary>
public sealed class ModelLoadException : Exception
{
    public ModelLoadException()
    {
    }

    public ModelLoadException(string message)
        : base(message)
    {
    }

    public ModelLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
