namespace Sluice.Engine.Outputs;

/// <summary>Stores values of some types in one file format. Chosen by the value's runtime type.</summary>
public interface IOutputSerializer
{
    /// <summary>The name written to the manifest, used to find this serializer again when reading.</summary>
    string Format { get; }

    /// <summary>The file extension, with its dot.</summary>
    string FileExtension { get; }

    bool CanWrite(Type type);

    void Write(object value, string path);

    /// <summary>
    /// Reads a value back. <paramref name="storedType"/> is the runtime type it was written with when that type can
    /// still be resolved, else null; formats that carry their own type ignore it.
    /// </summary>
    object Read(string path, Type? storedType);
}
