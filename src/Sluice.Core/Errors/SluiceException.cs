namespace Sluice.Core;

/// <summary>
/// A mistake a user can make and fix: a bad YAML file, a cycle, a compile error, a wrong type, a missing file.
/// Its message is the one clear line shown to the user; <see cref="Location"/> names the place when there is one.
/// Whatever raised it changed nothing.
/// </summary>
public class SluiceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SluiceException(string message, SourceLocation? location = null, Exception? innerException = null)
        : base(location is null ? message : $"{location}: {message}", innerException)
    {
        Location = location;
        Reason = message;
    }

    /// <summary>Creates the exception.</summary>
    public SluiceException()
        : this("Sluice failed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public SluiceException(string message)
        : this(message, location: null)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SluiceException(string message, Exception innerException)
        : this(message, null, innerException)
    {
    }

    /// <summary>Where the mistake is, when it is in a file.</summary>
    public SourceLocation? Location { get; }

    /// <summary>The message without the location.</summary>
    public string Reason { get; }
}
