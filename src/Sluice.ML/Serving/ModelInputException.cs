namespace Sluice.ML.Serving;

/// <summary>
/// A request's records do not fit the model's signature, or the body has no shape serving reads. The message names
/// the record (counting from 0), the field and the expected type, e.g.
/// <c>Record 2, field 'trip_distance': expected a number (Float32) but got "far".</c>
/// </summary>
public sealed class ModelInputException : Exception
{
    public ModelInputException()
    {
    }

    public ModelInputException(string message)
        : base(message)
    {
    }

    public ModelInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
