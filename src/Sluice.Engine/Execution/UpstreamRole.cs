namespace Sluice.Engine.Execution;

/// <summary>How the outputs of an upstream block reach a block, given the dynamic blocks between them.</summary>
internal enum UpstreamRole
{
    /// <summary>As they are: the upstream block runs once.</summary>
    Whole,

    /// <summary>One item of what the dynamic upstream block returned, for each child of the block.</summary>
    Item,

    /// <summary>The outputs of the upstream block's run for the same item: both run once per item.</summary>
    SameItem,

    /// <summary>Each output as a list over every item, in item order: the upstream block reduces (<c>reduce_output</c>).</summary>
    Reduced,
}
