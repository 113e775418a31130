using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Sluice.Engine.Outputs;

/// <summary>
/// One-dimensional arrays of numbers and booleans (the course's y vectors) as NumPy <c>.npy</c> files: a short text
/// header, then the values as they lie in memory. Writing and reading are one copy each, where JSON would format and
/// parse every number, and <c>numpy.load</c> opens the files as they are.
/// </summary>
public sealed partial class NumpyArraySerializer : IOutputSerializer
{
    private static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0];

    private static readonly Dictionary<Type, string> Descriptors = new()
    {
        [typeof(double)] = "<f8",
        [typeof(float)] = "<f4",
        [typeof(long)] = "<i8",
        [typeof(int)] = "<i4",
        [typeof(short)] = "<i2",
        [typeof(sbyte)] = "|i1",
        [typeof(ulong)] = "<u8",
        [typeof(uint)] = "<u4",
        [typeof(ushort)] = "<u2",
        [typeof(byte)] = "|u1",
        [typeof(bool)] = "|b1",
    };

    public string Format => "npy";

    public string FileExtension => ".npy";

    public bool CanWrite(Type type) =>
        BitConverter.IsLittleEndian && type.IsArray && type.GetArrayRank() == 1 && Descriptors.ContainsKey(type.GetElementType()!);

    public void Write(object value, string path)
    {
        var array = (Array)value;
        var element = array.GetType().GetElementType()!;
        var header = Header(Descriptors[element], array.Length);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        stream.Write(header);
        stream.Write(MemoryMarshal.CreateReadOnlySpan(
            ref MemoryMarshal.GetArrayDataReference(array), checked(array.Length * Marshal.SizeOf(element == typeof(bool) ? typeof(byte) : element))));
    }

    public object Read(string path, Type? storedType)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Span<byte> prefix = stackalloc byte[10];
        stream.ReadExactly(prefix);
        if (!prefix[..6].SequenceEqual(Magic.AsSpan(0, 6)) || prefix[6] != 1)
        {
            throw new InvalidDataException($"'{path}' is not a NumPy version 1 .npy file.");
        }

        var headerLength = prefix[8] | (prefix[9] << 8);
        var headerBytes = new byte[headerLength];
        stream.ReadExactly(headerBytes);
        var header = Encoding.ASCII.GetString(headerBytes);
        var match = HeaderPattern().Match(header);
        var element = match.Success ? Descriptors.FirstOrDefault(d => d.Value == match.Groups["descr"].Value).Key : null;
        if (element is null)
        {
            throw new InvalidDataException($"'{path}' holds an array this reader does not take: {header.Trim()}");
        }

        var length = int.Parse(match.Groups["length"].Value, CultureInfo.InvariantCulture);
        var array = Array.CreateInstance(element, length);
        var size = element == typeof(bool) ? 1 : Marshal.SizeOf(element);
        if (stream.Length - stream.Position != (long)length * size)
        {
            throw new InvalidDataException($"'{path}' is truncated or damaged: {length} values need {(long)length * size} bytes.");
        }

        stream.ReadExactly(MemoryMarshal.CreateSpan(ref MemoryMarshal.GetArrayDataReference(array), length * size));
        return array;
    }

    // Version 1.0: magic, version, little-endian header length, then a Python dict literal padded with spaces so
    // that the data starts at a multiple of 64 bytes, ending in a newline.
    private static byte[] Header(string descriptor, int length)
    {
        var dictionary = string.Create(
            CultureInfo.InvariantCulture, $"{{'descr': '{descriptor}', 'fortran_order': False, 'shape': ({length},), }}");
        var total = Magic.Length + 2 + dictionary.Length + 1;
        var padded = dictionary.PadRight(dictionary.Length + ((64 - (total % 64)) % 64)) + "\n";
        var header = new byte[Magic.Length + 2 + padded.Length];
        Magic.CopyTo(header, 0);
        header[8] = (byte)(padded.Length & 0xFF);
        header[9] = (byte)(padded.Length >> 8);
        Encoding.ASCII.GetBytes(padded, header.AsSpan(10));
        return header;
    }

    [GeneratedRegex(@"'descr':\s*'(?<descr>[<|][a-z]\d)',\s*'fortran_order':\s*False,\s*'shape':\s*\((?<length>\d+),\)")]
    private static partial Regex HeaderPattern();
}
