using System.Text;

using Microsoft.Data.Analysis;

namespace Sluice.ML.Tests.Profiling;

/// <summary>Builds ArrowStringDataFrameColumns, the string columns frames read from Arrow data hold.</summary>
internal static class ArrowStrings
{
    public static ArrowStringDataFrameColumn Column(string name, string?[] values)
    {
        var bytes = new List<byte>();
        var offsets = new List<int> { 0 };
        var validity = new byte[(values.Length + 7) / 8];
        var nulls = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value)
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(value));
                validity[i / 8] |= (byte)(1 << (i % 8));
            }
            else
            {
                nulls++;
            }

            offsets.Add(bytes.Count);
        }

        var offsetBytes = offsets.SelectMany(BitConverter.GetBytes).ToArray();
        return new ArrowStringDataFrameColumn(name, bytes.ToArray(), offsetBytes, validity, values.Length, nulls);
    }
}
