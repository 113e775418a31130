using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>
/// Turns UTF-8 values into strings, handing out one instance per distinct value. Frames repeat short values
/// (categories, zone pairs); a million separate strings cost more in garbage collection than the decoding itself.
/// Values are looked up by their bytes, so a repeat is neither decoded nor allocated. Values of 1 to 7 bytes, the
/// usual case, are keyed by one integer (their bytes and their length) in a <see cref="ShortStringTable"/>, looked up
/// in one tight loop: a million look-ups over 70,000 distinct values are bound by waiting for the table's memory, so
/// every instruction and page fault saved there shows. Longer values, up to 64 bytes, have their own table. A column
/// whose values rarely repeat stops using the pool once that is clear. <see cref="Release"/> hands a large column's
/// table on to the next one.
/// </summary>
internal sealed class Utf8StringPool(int rowCount)
{
    private const int MaxPooledLength = 64;
    private const int MaxShortLength = 7;
    private const int MaxEntries = 1 << 18;
    private const int CheckEvery = 1 << 16;
    private const ulong Multiplier = 0x9E3779B97F4A7C15UL;

    private readonly ShortStringTable _short = ShortStringTable.Rent(rowCount);

    private Entry[] _table = new Entry[1 << 12];
    private int _shift = 64 - 12;
    private byte[] _keys = new byte[1 << 12];
    private int _keysUsed;
    private int _count;

    private int _lookups;
    private int _hits;
    private bool _disabled;

    /// <summary>
    /// The strings of consecutive values, as an Arrow string array holds them: value <c>i</c> is
    /// <c>data[offsets[i] .. offsets[i + 1]]</c>. <paramref name="offsets"/> has one more item than
    /// <paramref name="target"/>.
    /// </summary>
    public void GetAll(ReadOnlySpan<byte> data, ReadOnlySpan<int> offsets, Span<string?> target)
    {
        for (int first = 0; first < target.Length; first += CheckEvery)
        {
            int count = Math.Min(CheckEvery, target.Length - first);
            if (_disabled)
            {
                for (int i = first; i < first + count; i++)
                {
                    target[i] = Encoding.UTF8.GetString(data[offsets[i]..offsets[i + 1]]);
                }

                continue;
            }

            _hits += FindAll(data, offsets, target, first, count);
            int before = _lookups;
            _lookups += count;
            if (_lookups / CheckEvery != before / CheckEvery)
            {
                Check();
            }
        }
    }

    /// <summary>Releases the pool's tables; a large short-value table goes on to the next large column.</summary>
    public void Release() => _short.Return();

    /// <summary>
    /// Values <c>first .. first + count - 1</c>: short ones are looked up, or added, right here; longer ones in their own
    /// table. Returns how many values were found rather than added.
    /// </summary>
    private int FindAll(ReadOnlySpan<byte> data, ReadOnlySpan<int> offsets, Span<string?> target, int first, int count)
    {
        ulong[] keys = _short.Keys;
        string?[] values = _short.Values;
        int shift = _short.Shift;
        int hits = 0;
        for (int i = first; i < first + count; i++)
        {
            int start = offsets[i];
            int length = offsets[i + 1] - start;
            if ((uint)(length - 1) >= MaxShortLength)
            {
                ReadOnlySpan<byte> utf8 = data[start..offsets[i + 1]];
                target[i] = length > MaxPooledLength ? Encoding.UTF8.GetString(utf8) : FindLong(Head(data, start, length), utf8, ref hits);
                continue;
            }

            // A value of 1 to 7 bytes: its key is never 0, which marks an empty slot.
            ulong key = Head(data, start, length) | ((ulong)length << 56);
            int slot = ShortStringTable.SlotOf(key, shift);
            ulong found = keys[slot];
            while (found != key && found != 0)
            {
                slot = (slot + 1) & (keys.Length - 1);
                found = keys[slot];
            }

            if (found == key)
            {
                target[i] = values[slot];
                hits++;
                continue;
            }

            string value = Encoding.UTF8.GetString(data.Slice(start, length));
            target[i] = value;
            if (_short.Count + _count < MaxEntries)
            {
                _short.Add(slot, key, value);

                // Adding may have grown the table.
                keys = _short.Keys;
                values = _short.Values;
                shift = _short.Shift;
            }
        }

        return hits;
    }

    /// <summary>
    /// Turns the pool off when fewer than one look-up in eight found its value; asked every <see cref="CheckEvery"/>
    /// look-ups, so that a column's first small batch does not decide for all of it.
    /// </summary>
    private void Check()
    {
        if (_hits * 8 < _lookups)
        {
            // Most values are new: the pool would only add hashing to the allocations that happen anyway.
            _disabled = true;
        }
    }

    private string FindLong(ulong head, ReadOnlySpan<byte> utf8, ref int hits)
    {
        int length = utf8.Length;
        int mask = _table.Length - 1;
        for (int slot = Slot(head, utf8); ; slot = (slot + 1) & mask)
        {
            ref Entry entry = ref _table[slot];
            if (entry.Value is null)
            {
                string value = Encoding.UTF8.GetString(utf8);
                if (_short.Count + _count < MaxEntries)
                {
                    Add(ref entry, head, length, utf8, value);
                }

                return value;
            }

            if (entry.Head == head && entry.Length == length &&
                (length <= 8 || _keys.AsSpan(entry.KeyStart, length).SequenceEqual(utf8)))
            {
                hits++;
                return entry.Value;
            }
        }
    }

    /// <summary>Multiplicative hashing of the value 8 bytes at a time; the top bits pick the slot.</summary>
    private int Slot(ulong head, ReadOnlySpan<byte> value)
    {
        ulong hash = head * Multiplier;
        for (int i = 8; i < value.Length; i += 8)
        {
            hash = (hash ^ Head(value, i, Math.Min(8, value.Length - i))) * Multiplier;
        }

        hash ^= (ulong)value.Length << 56;
        return (int)((hash * Multiplier) >> _shift);
    }

    /// <summary>The first up-to-8 bytes at <paramref name="start"/>, zero-padded, as one integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Head(ReadOnlySpan<byte> data, int start, int length)
    {
        if (start + sizeof(ulong) <= data.Length)
        {
            ulong word = BinaryPrimitives.ReadUInt64LittleEndian(data[start..]);
            return length >= 8 ? word : word & ((1UL << (length * 8)) - 1);
        }

        return PaddedHead(data, start, length);
    }

    /// <summary><see cref="Head"/> for a value within 8 bytes of the end of the data.</summary>
    private static ulong PaddedHead(ReadOnlySpan<byte> data, int start, int length)
    {
        ulong padded = 0;
        data.Slice(start, Math.Min(length, 8)).CopyTo(MemoryMarshal.AsBytes(new Span<ulong>(ref padded)));
        return BitConverter.IsLittleEndian ? padded : BinaryPrimitives.ReverseEndianness(padded);
    }

    private void Add(ref Entry entry, ulong head, int length, ReadOnlySpan<byte> utf8, string value)
    {
        int keyStart = 0;
        if (length > 8)
        {
            if (_keysUsed + length > _keys.Length)
            {
                Array.Resize(ref _keys, Math.Max(_keys.Length * 2, _keysUsed + length));
            }

            keyStart = _keysUsed;
            utf8.CopyTo(_keys.AsSpan(keyStart));
            _keysUsed += length;
        }

        entry = new Entry(head, length, keyStart, value);
        _count++;
        if (_count * 2 > _table.Length)
        {
            Grow();
        }
    }

    private void Grow()
    {
        Entry[] old = _table;
        _table = new Entry[old.Length * 2];
        _shift--;
        int mask = _table.Length - 1;
        Span<byte> shortKey = stackalloc byte[8];
        foreach (Entry entry in old)
        {
            if (entry.Value is null)
            {
                continue;
            }

            // Keys up to 8 bytes live in Head alone; Slot reads no further than 8 bytes for them.
            ReadOnlySpan<byte> key = entry.Length > 8
                ? _keys.AsSpan(entry.KeyStart, entry.Length)
                : shortKey[..entry.Length];
            int slot = Slot(entry.Head, key);
            while (_table[slot].Value is not null)
            {
                slot = (slot + 1) & mask;
            }

            _table[slot] = entry;
        }
    }

    [StructLayout(LayoutKind.Auto)]
    private readonly record struct Entry(ulong Head, int Length, int KeyStart, string? Value);
}
