using Sluice.Sdk;

namespace Sluice.Server.Registry;

/// <summary>One column of a model's signature as <c>signature.json</c> writes it: <c>float32</c>, with a size on vectors.</summary>
public sealed record ModelColumnView(string Name, string Type, int? Size)
{
    /// <summary>The view of <paramref name="column"/>.</summary>
    public static ModelColumnView Of(ModelColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return new(column.Name, ModelSignatureJson.TypeName(column.Type), column.IsVector ? column.Size : null);
    }

    /// <inheritdoc />
    public override string ToString() => Size is { } size ? $"{Name}: {Type}[{size}]" : $"{Name}: {Type}";
}
