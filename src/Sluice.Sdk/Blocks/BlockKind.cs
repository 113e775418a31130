namespace Sluice.Sdk;

/// <summary>The kind of a block. It decides the folder the block lives in and the template it starts from.</summary>
public enum BlockKind
{
    /// <summary>Loads data from a source; usually has no upstream blocks.</summary>
    DataLoader,

    /// <summary>Turns its upstream outputs into new outputs.</summary>
    Transformer,

    /// <summary>Writes data somewhere and may return what it wrote.</summary>
    DataExporter,

    /// <summary>Any code that fits no other kind.</summary>
    Custom,

    /// <summary>Polls until a condition holds; returns <see langword="true"/> when it does.</summary>
    Sensor,

    /// <summary>Decides whether the blocks downstream of it run.</summary>
    Condition,

    /// <summary>Runs after another block succeeds or fails.</summary>
    Callback,
}
