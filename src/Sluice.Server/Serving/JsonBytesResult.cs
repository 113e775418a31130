using System.Buffers;

using Microsoft.AspNetCore.Http;

namespace Sluice.Server.Serving;

/// <summary>
/// A 200 answer of JSON bytes rented from the shared pool and given back once written. Results.Bytes would do, but
/// it is a file result: it parses the request's conditional and range headers on every call, which a prediction
/// never has, and that showed in the predict benchmark.
/// </summary>
internal sealed class JsonBytesResult(byte[] rented, int length) : IResult
{
    public static JsonBytesResult CopyOf(ReadOnlySpan<byte> json)
    {
        var rented = ArrayPool<byte>.Shared.Rent(json.Length);
        json.CopyTo(rented);
        return new JsonBytesResult(rented, json.Length);
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        try
        {
            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = length;
            await response.Body.WriteAsync(rented.AsMemory(0, length), httpContext.RequestAborted);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
