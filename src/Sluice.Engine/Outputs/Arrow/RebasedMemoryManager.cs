using System.Buffers;
using System.Runtime.InteropServices;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>
/// Bytes as memory that starts at index 0 of what holds it. Microsoft.Data.Analysis reinterprets a column's
/// <see cref="ReadOnlyMemory{T}"/> of bytes as memory of its value type (<c>GetReadOnlyDataBuffers</c>,
/// <c>GetReadOnlyOffsetsBuffers</c>) by reinterpreting the memory struct itself, so the start index, counted in bytes
/// before, is counted in values after. That is only right for memory starting at index 0 of its array or memory
/// manager; other memory is wrapped in a manager of its own, which starts at its first byte.
/// </summary>
internal sealed class RebasedMemoryManager : MemoryManager<byte>
{
    private readonly ReadOnlyMemory<byte> _memory;

    private RebasedMemoryManager(ReadOnlyMemory<byte> memory) => _memory = memory;

    /// <summary>The same bytes as <paramref name="memory"/>, as memory a frame column can reinterpret safely.</summary>
    public static ReadOnlyMemory<byte> Rebase(ReadOnlyMemory<byte> memory) =>
        StartsAtZero(memory) ? memory : new RebasedMemoryManager(memory).Memory;

    public override Span<byte> GetSpan() => MemoryMarshal.AsMemory(_memory).Span;

    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elementIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(elementIndex, _memory.Length);

        // The underlying memory's own pin: the handle frees it when disposed, so there is nothing to undo in Unpin.
        return _memory[elementIndex..].Pin();
    }

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
    }

    private static bool StartsAtZero(ReadOnlyMemory<byte> memory)
    {
        if (MemoryMarshal.TryGetArray(memory, out ArraySegment<byte> segment))
        {
            return segment.Offset == 0;
        }

        return !MemoryMarshal.TryGetMemoryManager(memory, out MemoryManager<byte>? _, out int start, out int _) || start == 0;
    }
}
