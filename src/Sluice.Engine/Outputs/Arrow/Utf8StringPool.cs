using System.Buffers.Binary;
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
    /// Values <c>first .. first + count - 1</c>: a short value already in the table is found here, anything else
    /// (a new value, a longer one, one too near the end of the data to read 8 bytes at once) by <see cref="Find"/>.
    /// Returns how many values were found rather than added.
    /// </summary>
    private int FindAll(ReadOnlySpan<byte> data, ReadOnlySpan<int> offsets, Span<string?> target, int first, int count)
    {
        ulong[] keys = _short.Keys;
        string?[] values = _short.Values;
        int shift = _short.Shift;
        int mask = keys.Length - 1;
        int lastWord = data.Length - sizeof(ulong);
        int slow = 0;
        int slowHits = 0;
        for (int i = first; i < first + count; i++)
        {
            int start = offsets[i];
            int length = offsets[i + 1] - start;
            if ((uint)(length - 1) < MaxShortLength && start >= 0 && start <= lastWord)
            {
                ulong word = BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(start, sizeof(ulong)));
                ulong key = (word & ((1UL << (length * 8)) - 1)) | ((ulong)length << 56);
                int slot = ShortStringTable.SlotOf(key, shift);
                ulong found = keys[slot];
                while (found != key && found != 0)
                {
                    slot = (slot + 1) & mask;
                    found = keys[slot];
                }

                if (found == key)
                {
                    target[i] = values[slot];
                    continue;
                }
            }

            ReadOnlySpan<byte> utf8 = data[start..offsets[i + 1]];
            target[i] = utf8.Length > MaxPooledLength ? Encoding.UTF8.GetString(utf8) : Find(data, start, utf8, ref slowHits);
            slow++;

            // Adding may have grown the table.
            keys = _short.Keys;
            values = _short.Values;
            shift = _short.Shift;
            mask = keys.Length - 1;
        }

        return count - slow + slowHits;
    }

    private string Find(ReadOnlySpan<byte> data, int start, ReadOnlySpan<byte> utf8, ref int hits)
    {
        ulong head = Head(data, start, utf8.Length);
        return (uint)(utf8.Length - 1) < MaxShortLength
            ? FindShort(head | ((ulong)utf8.Length << 56), utf8, ref hits)
            : FindLong(head, utf8, ref hits);
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

    /// <summary>A value of 1 to 7 bytes: its key is never 0, which marks an empty slot.</summary>
    private string FindShort(ulong key, ReadOnlySpan<byte> utf8, ref int hits)
    {
        ulong[] keys = _short.Keys;
        int mask = keys.Length - 1;
        for (int slot = ShortStringTable.SlotOf(key, _short.Shift); ; slot = (slot + 1) & mask)
        {
            ulong found = keys[slot];
            if (found == key)
            {
                hits++;
                return _short.Values[slot]!;
            }

            if (found == 0)
            {
                string value = Encoding.UTF8.GetString(utf8);
                if (_short.Count + _count < MaxEntries)
                {
                    _short.Add(slot, key, value);
                }

                return value;
            }
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
    private static ulong Head(ReadOnlySpan<byte> data, int start, int length)
    {
        if (start + sizeof(ulong) <= data.Length)
        {
            ulong word = BinaryPrimitives.ReadUInt64LittleEndian(data[start..]);
            return length >= 8 ? word : word & ((1UL << (length * 8)) - 1);
        }

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
