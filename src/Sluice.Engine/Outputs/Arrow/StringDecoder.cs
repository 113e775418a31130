using System.Text;

using Apache.Arrow;

using Microsoft.Data.Analysis;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>
/// Reads Arrow strings into a <see cref="StringDataFrameColumn"/>. Repeated values (categories, zone pairs) share
/// one string instance, which saves most of the allocations on typical frames; a column whose values rarely repeat
/// stops using the cache once that is clear.
/// </summary>
internal sealed class StringDecoder(string name, int rowCount) : ColumnDecoder
{
    private const int MaxCachedLength = 64;
    private const int MaxCachedValues = 1 << 16;

    private readonly string?[] _values = new string?[rowCount];
    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);
    private int _hits;
    private int _misses;

    public override void Append(IArrowArray array, int firstRow)
    {
        var strings = (StringArray)array;
        Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup =
            _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> chars = stackalloc char[MaxCachedLength];
        for (int i = 0; i < strings.Length; i++)
        {
            if (strings.IsNull(i))
            {
                continue;
            }

            ReadOnlySpan<byte> utf8 = strings.GetBytes(i);
            if (utf8.Length > MaxCachedLength || (_misses > MaxCachedValues && _hits < _misses))
            {
                _values[firstRow + i] = Encoding.UTF8.GetString(utf8);
                continue;
            }

            int length = Encoding.UTF8.GetChars(utf8, chars);
            ReadOnlySpan<char> text = chars[..length];
            if (lookup.TryGetValue(text, out string? value))
            {
                _hits++;
            }
            else
            {
                _misses++;
                value = text.ToString();
                if (_cache.Count < MaxCachedValues)
                {
                    lookup[text] = value;
                }
            }

            _values[firstRow + i] = value;
        }
    }

    public override DataFrameColumn Build() => new StringDataFrameColumn(name, _values);
}
