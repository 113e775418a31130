using System.Buffers;
using System.Runtime.InteropServices;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>
/// A slice of a byte array as memory that starts at index 0. Microsoft.Data.Analysis reinterprets a column's
/// <see cref="ReadOnlyMemory{T}"/> of bytes as memory of its value type (<c>GetReadOnlyDataBuffers</c>); over a plain
/// array that is only right when the slice starts at the array's first byte, while over a memory manager (as for
/// Arrow's own buffers) the manager hands out the span and any start works.
/// </summary>
internal sealed class ArraySliceMemoryManager : MemoryManager<byte>
{
    private readonly byte[] _array;
    private readonly int _offset;
    private readonly int _length;

    private ArraySliceMemoryManager(byte[] array, int offset, int length)
    {
        _array = array;
        _offset = offset;
        _length = length;
    }

    /// <summary>The same bytes as <paramref name="memory"/>, as memory a frame column can reinterpret safely.</summary>
    public static ReadOnlyMemory<byte> Rebase(ReadOnlyMemory<byte> memory) =>
        MemoryMarshal.TryGetArray(memory, out ArraySegment<byte> segment) && segment.Offset != 0
            ? new ArraySliceMemoryManager(segment.Array!, segment.Offset, segment.Count).Memory
            : memory;

    public override Span<byte> GetSpan() => _array.AsSpan(_offset, _length);

    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elementIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(elementIndex, _length);

        // The array's own pin: the handle frees it when disposed, so there is nothing to undo in Unpin.
        return _array.AsMemory(_offset + elementIndex, _length - elementIndex).Pin();
    }

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
    }
}
