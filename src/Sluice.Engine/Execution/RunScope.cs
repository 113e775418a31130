namespace Sluice.Engine.Execution;

/// <summary>Which blocks of a pipeline a run executes.</summary>
public abstract record RunScope
{
    private RunScope()
    {
    }

    /// <summary>Every block.</summary>
    public static RunScope All { get; } = new AllBlocks();

    /// <summary>One block, on the latest successful outputs of its upstream blocks.</summary>
    public static RunScope Only(string block) => new SingleBlock(block);

    /// <summary>A block and everything downstream of it, on the latest successful outputs of the rest.</summary>
    public static RunScope From(string block) => new FromBlock(block);

    /// <summary>Every block.</summary>
    public sealed record AllBlocks : RunScope;

    /// <summary>One block.</summary>
    public sealed record SingleBlock(string Block) : RunScope;

    /// <summary>A block and its descendants.</summary>
    public sealed record FromBlock(string Block) : RunScope;
}
