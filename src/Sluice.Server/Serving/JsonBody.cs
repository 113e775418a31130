using System.Buffers;
using System.Text.Json;

namespace Sluice.Server.Serving;

/// <summary>
/// A parsed request body and the pooled bytes it was parsed from. JsonDocument reads its source for as long as it
/// lives, and Kestrel's buffers go back to a pool shared by every connection once read, so the body is copied first:
/// parsing the request's own buffers gave concurrent requests each other's values.
/// </summary>
internal sealed class JsonBody : IDisposable
{
    private byte[]? _bytes;

    private JsonBody(byte[] bytes, JsonDocument document)
    {
        _bytes = bytes;
        Document = document;
    }

    public JsonDocument Document { get; }

    public JsonElement Root => Document.RootElement;

    /// <summary>Parses a copy of <paramref name="body"/>.</summary>
    /// <exception cref="JsonException">The body is not valid JSON.</exception>
    public static JsonBody Parse(ReadOnlySequence<byte> body)
    {
        var length = checked((int)body.Length);
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            body.CopyTo(bytes);
            return new JsonBody(bytes, JsonDocument.Parse(bytes.AsMemory(0, length)));
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(bytes);
            throw;
        }
    }

    public void Dispose()
    {
        Document.Dispose();
        if (Interlocked.Exchange(ref _bytes, null) is { } bytes)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
