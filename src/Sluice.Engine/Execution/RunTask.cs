using Sluice.Core;

namespace Sluice.Engine.Execution;

/// <summary>
/// What the run loop schedules and records as one block run: a block that runs once, one per-item run of a block
/// (<see cref="Item"/> set), or the record of a per-item block as a whole (<see cref="RunsPerItem"/>), which ends when
/// its per-item runs (<see cref="Children"/>) have ended.
/// </summary>
internal sealed class RunTask(string name, BlockDefinition block, int order)
{
    /// <summary>The block run's name: the block's, or <c>&lt;block&gt;:&lt;item&gt;</c>.</summary>
    public string Name { get; } = name;

    public BlockDefinition Block { get; } = block;

    /// <summary>The block's place in the plan: ready tasks start in this order, then by item.</summary>
    public int Order { get; } = order;

    /// <summary>The item a per-item run is for; null otherwise.</summary>
    public DynamicChild? Item { get; init; }

    /// <summary>For a per-item run, the record of its block as a whole.</summary>
    public RunTask? Parent { get; init; }

    /// <summary>The block runs once per item: this task never runs itself.</summary>
    public bool RunsPerItem { get; init; }

    /// <summary>The per-item runs, once the dynamic block's items are known.</summary>
    public List<RunTask>? Children { get; set; }

    /// <summary>Tasks that take this one's outputs: they wait for it and do not run when it does not complete.</summary>
    public List<RunTask> Dependents { get; } = [];

    /// <summary>How many tasks this one still waits for.</summary>
    public int Waiting { get; set; }

    /// <summary>How it ended; null until then.</summary>
    public BlockOutcome? Outcome { get; set; }
}
