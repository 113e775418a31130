using System.Runtime.InteropServices;
using System.Text;
using Apache.Arrow;

namespace Sluice.Benchmarks;

/// <summary>
/// .NET strings to and from an Arrow string array the plain way, as a program without Sluice would write it: one
/// UTF-8 buffer sized up front, one string per value decoded back into an array, then the frame's public constructor.
/// </summary>
internal static class RawStrings
{
    public static StringArray Encode(StringDataFrameColumn column)
    {
        var length = checked((int)column.Length);
        var values = new string?[length];
        var size = 0;
        for (var i = 0; i < length; i++)
        {
            values[i] = column[i];
            size += values[i] is { } value ? Encoding.UTF8.GetByteCount(value) : 0;
        }

        var data = new byte[size];
        var offsetBytes = new byte[(length + 1) * sizeof(int)];
        var offsets = MemoryMarshal.Cast<byte, int>(offsetBytes.AsSpan());
        var validity = new byte[(length + 7) / 8];
        var nulls = 0;
        var at = 0;
        for (var i = 0; i < length; i++)
        {
            offsets[i] = at;
            if (values[i] is { } value)
            {
                at += Encoding.UTF8.GetBytes(value, data.AsSpan(at));
                validity[i >> 3] |= (byte)(1 << (i & 7));
            }
            else
            {
                nulls++;
            }
        }

        offsets[length] = at;
        return new StringArray(
            length, new ArrowBuffer(offsetBytes), new ArrowBuffer(data), nulls > 0 ? new ArrowBuffer(validity) : ArrowBuffer.Empty, nulls);
    }

    public static StringDataFrameColumn Decode(string name, StringArray array)
    {
        var values = new string?[array.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = array.IsNull(i) ? null : Encoding.UTF8.GetString(array.GetBytes(i));
        }

        return new StringDataFrameColumn(name, values);
    }
}
