namespace Sluice.Engine.Outputs.Arrow;

/// <summary>
/// The strings of values of 1 to 7 bytes, each keyed by one integer: its bytes, and its length in the top byte (so a
/// key is never 0, which marks an empty slot). Open addressing with linear probing; the top bits of the key times a
/// constant pick the first slot.
/// <para>
/// Large tables are kept for the next large column once one is done with (<see cref="Rent"/>, <see cref="Return"/>):
/// on this kind of machine touching new memory costs about ten times what touching memory again does (a page fault
/// per 4 KB), and a million-row column's table is 4 MB.
/// </para>
/// </summary>
internal sealed class ShortStringTable
{
    /// <summary>Columns of at least this many rows take the kept table; smaller ones would only pay to clear it.</summary>
    private const int LargeColumnRows = 1 << 16;

    private const int InitialSlots = 1 << 12;
    private const int KeptMinSlots = 1 << 15;
    private const ulong Multiplier = 0x9E3779B97F4A7C15UL;

    private static ShortStringTable? s_kept;

    private ShortStringTable(int slots)
    {
        Keys = new ulong[slots];
        Values = new string?[slots];
        Shift = 64 - int.Log2(slots);
    }

    /// <summary>The key of each slot; 0 when empty.</summary>
    public ulong[] Keys { get; private set; }

    /// <summary>The string of each slot's key.</summary>
    public string?[] Values { get; private set; }

    /// <summary>How far the hashed key is shifted right to give a slot.</summary>
    public int Shift { get; private set; }

    public int Count { get; private set; }

    /// <summary>An empty table: the kept one for a large column when there is one, else a new small one.</summary>
    public static ShortStringTable Rent(int rowCount) =>
        (rowCount >= LargeColumnRows ? Interlocked.Exchange(ref s_kept, null) : null) ?? new ShortStringTable(InitialSlots);

    /// <summary>The first slot to look at for <paramref name="key"/>.</summary>
    public static int SlotOf(ulong key, int shift) => (int)((key * Multiplier) >> shift);

    /// <summary>Puts <paramref name="value"/> in the empty <paramref name="slot"/>; the table may grow.</summary>
    public void Add(int slot, ulong key, string value)
    {
        Keys[slot] = key;
        Values[slot] = value;
        if (++Count * 2 > Keys.Length)
        {
            Grow();
        }
    }

    /// <summary>Done with: a large table is emptied and kept for the next large column (one is kept at a time).</summary>
    public void Return()
    {
        if (Keys.Length < KeptMinSlots)
        {
            return;
        }

        // Emptied now, so that the kept table holds no strings alive.
        Array.Clear(Keys);
        Array.Clear(Values);
        Count = 0;
        ShortStringTable? kept = Volatile.Read(ref s_kept);
        if (kept is null || kept.Keys.Length < Keys.Length)
        {
            Volatile.Write(ref s_kept, this);
        }
    }

    private void Grow()
    {
        ulong[] oldKeys = Keys;
        string?[] oldValues = Values;
        Keys = new ulong[oldKeys.Length * 2];
        Values = new string?[oldKeys.Length * 2];
        Shift--;
        int mask = Keys.Length - 1;
        for (int i = 0; i < oldKeys.Length; i++)
        {
            ulong key = oldKeys[i];
            if (key == 0)
            {
                continue;
            }

            int slot = SlotOf(key, Shift);
            while (Keys[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            Keys[slot] = key;
            Values[slot] = oldValues[i];
        }
    }
}
