namespace Sluice.ML.Serving;

/// <summary>A request named a model, alias or version the source does not have; the message says which.</summary>
public sealed class ModelNotFoundException : Exception
{
    public ModelNotFoundException()
    {
    }

    public ModelNotFoundException(string message)
        : base(message)
    {
    }

    public ModelNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
