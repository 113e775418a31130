using System.Security.Cryptography;
using System.Text;

namespace Sluice.Engine.Compilation;

/// <summary>Builds a cache key from length-prefixed parts, so no two different part lists hash alike.</summary>
internal sealed class ContentKey : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public ContentKey Add(string text) => Add(Encoding.UTF8.GetBytes(text));

    public ContentKey Add(byte[] bytes)
    {
        Span<byte> length = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(length, bytes.Length);
        _hash.AppendData(length);
        _hash.AppendData(bytes);
        return this;
    }

    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();
}
