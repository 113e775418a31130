using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>
/// Turns UTF-8 values into strings, handing out one instance per distinct value. Frames repeat short values
/// (categories, zone pairs); a million separate strings cost more in garbage collection than the decoding itself.
/// Values are looked up by their bytes, so a repeat is neither decoded nor allocated. Values of 1 to 7 bytes, the
/// usual case, are keyed by one integer (their bytes and their length) in a table of those keys alone, 8 bytes a
/// slot, with the strings beside it: a million look-ups over 70,000 distinct values touch a third of the memory
/// that entries of key, length and string did, and most of a look-up's time was waiting for that memory. Longer
/// values, up to 64 bytes, have their own table. A column whose values rarely repeat stops using the pool once that
/// is clear.
/// </summary>
internal sealed class Utf8StringPool
{
    private const int MaxPooledLength = 64;
    private const int MaxShortLength = 7;
    private const int MaxEntries = 1 << 18;
    private const int CheckEvery = 1 << 16;
    private const ulong Multiplier = 0x9E3779B97F4A7C15UL;

    private ulong[] _shortKeys = new ulong[1 << 12];
    private string?[] _shortValues = new string?[1 << 12];
    private int _shortShift = 64 - 12;
    private int _shortCount;

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

            int hits = 0;
            for (int i = first; i < first + count; i++)
            {
                int start = offsets[i];
                ReadOnlySpan<byte> utf8 = data[start..offsets[i + 1]];
                target[i] = utf8.Length > MaxPooledLength ? Encoding.UTF8.GetString(utf8) : Find(data, start, utf8, ref hits);
            }

            _hits += hits;
            int before = _lookups;
            _lookups += count;
            if (_lookups / CheckEvery != before / CheckEvery)
            {
                Check();
            }
        }
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
        ulong[] keys = _shortKeys;
        int mask = keys.Length - 1;
        for (int slot = (int)((key * Multiplier) >> _shortShift); ; slot = (slot + 1) & mask)
        {
            ulong found = keys[slot];
            if (found == key)
            {
                hits++;
                return _shortValues[slot]!;
            }

            if (found == 0)
            {
                string value = Encoding.UTF8.GetString(utf8);
                if (_shortCount + _count < MaxEntries)
                {
                    keys[slot] = key;
                    _shortValues[slot] = value;
                    if (++_shortCount * 2 > keys.Length)
                    {
                        GrowShort();
                    }
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
                if (_shortCount + _count < MaxEntries)
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

    private void GrowShort()
    {
        ulong[] oldKeys = _shortKeys;
        string?[] oldValues = _shortValues;
        _shortKeys = new ulong[oldKeys.Length * 2];
        _shortValues = new string?[oldKeys.Length * 2];
        _shortShift--;
        int mask = _shortKeys.Length - 1;
        for (int i = 0; i < oldKeys.Length; i++)
        {
            ulong key = oldKeys[i];
            if (key == 0)
            {
                continue;
            }

            int slot = (int)((key * Multiplier) >> _shortShift);
            while (_shortKeys[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _shortKeys[slot] = key;
            _shortValues[slot] = oldValues[i];
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
