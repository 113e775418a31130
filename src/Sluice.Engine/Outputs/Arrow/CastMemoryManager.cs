using System.Buffers;
using System.Runtime.InteropServices;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>
/// Views a frame column's memory as bytes without copying, so Arrow buffers can point at the column's own data.
/// </summary>
internal sealed class CastMemoryManager<TFrom, TTo> : MemoryManager<TTo>
    where TFrom : unmanaged
    where TTo : unmanaged
{
    private readonly Memory<TFrom> _from;

    public CastMemoryManager(ReadOnlyMemory<TFrom> from)
    {
        _from = MemoryMarshal.AsMemory(from);
    }

    public static ReadOnlyMemory<TTo> Cast(ReadOnlyMemory<TFrom> from) =>
        from.IsEmpty ? ReadOnlyMemory<TTo>.Empty : new CastMemoryManager<TFrom, TTo>(from).Memory;

    public override Span<TTo> GetSpan() => MemoryMarshal.Cast<TFrom, TTo>(_from.Span);

    public override MemoryHandle Pin(int elementIndex = 0)
    {
        // Arrow's IPC writer only pins whole buffers; an offset into a cast view is never needed.
        ArgumentOutOfRangeException.ThrowIfNotEqual(elementIndex, 0);

        return _from.Pin();
    }

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
    }
}
