using System.Runtime.InteropServices;

using Microsoft.Data.Analysis;

using Sluice.Engine.Outputs.Arrow;

namespace Sluice.Engine.Tests.Outputs;

public sealed class RebasedMemoryManagerTests
{
    private static readonly int[] s_values = [10, 20, 30, 40, 50, 60];

    [Fact]
    public void Rebase_OfArrayMemoryPastItsStart_ReadsTheSameValuesThroughAFrameColumn()
    {
        ReadOnlyMemory<byte> bytes = MemoryMarshal.AsBytes(s_values.AsSpan()).ToArray();

        ReadOnlyMemory<byte> rebased = RebasedMemoryManager.Rebase(bytes[8..]);

        Values(rebased, 4).ShouldBe([30, 40, 50, 60]);
    }

    [Fact]
    public void Rebase_OfManagedMemoryPastItsStart_ReadsTheSameValuesThroughAFrameColumn()
    {
        // Memory of a memory manager, sliced: its start is counted in bytes, which the column would take for values.
        ReadOnlyMemory<byte> bytes = MemoryMarshal.AsBytes(s_values.AsSpan()).ToArray();
        ReadOnlyMemory<byte> managed = RebasedMemoryManager.Rebase(bytes[4..])[4..];

        ReadOnlyMemory<byte> rebased = RebasedMemoryManager.Rebase(managed);

        Values(rebased, 4).ShouldBe([30, 40, 50, 60]);
    }

    [Fact]
    public void Rebase_OfMemoryAtItsStart_ReturnsItAsItIs()
    {
        ReadOnlyMemory<byte> bytes = MemoryMarshal.AsBytes(s_values.AsSpan()).ToArray();

        RebasedMemoryManager.Rebase(bytes).ShouldBe(bytes);
        RebasedMemoryManager.Rebase(ReadOnlyMemory<byte>.Empty).IsEmpty.ShouldBeTrue();
    }

    private static int[] Values(ReadOnlyMemory<byte> memory, int length)
    {
        var column = new Int32DataFrameColumn("n", memory, ReadOnlyMemory<byte>.Empty, length, 0);
        int[] fromBuffer = column.GetReadOnlyDataBuffers().Single().ToArray();
        fromBuffer.ShouldBe([.. column.Select(value => value!.Value)]);
        return fromBuffer;
    }
}
