using System.Globalization;
using System.Text.Json;

using Microsoft.AspNetCore.Http;

using Sluice.Server.Api;

namespace Sluice.Server.Serving;

/// <summary>
/// Reads a JSON request body up to a limit, without model binding: a body over the limit is refused (413) before
/// it is parsed, and an empty or malformed one gets one message (400).
/// </summary>
internal static class RequestBody
{
    /// <param name="request">The request whose body is read.</param>
    /// <param name="limit">The most bytes read.</param>
    /// <param name="expected">What the body should hold, for the message about an empty one.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public static async ValueTask<(JsonBody? Body, IResult? Problem)> ReadJsonAsync(
        HttpRequest request, long limit, string expected, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }

        var reader = request.BodyReader;
        if (request.ContentLength is > 0 and var length)
        {
            // The size is known, and the body usually came with the headers: a synchronous read takes it without
            // Kestrel's asynchronous read machinery (its read-rate timing included). Otherwise one read waits for all
            // of it; waiting for the end of the body instead costs a second read, which can go asynchronous.
            var ready = reader.TryRead(out var whole);
            if (!ready || (whole.Buffer.Length < length && !whole.IsCompleted))
            {
                if (ready)
                {
                    reader.AdvanceTo(whole.Buffer.Start, whole.Buffer.End);
                }

                whole = await reader.ReadAtLeastAsync((int)length, cancellationToken);
            }

            var body = whole.Buffer.Slice(0, Math.Min(length, whole.Buffer.Length));
            try
            {
                return (JsonBody.Parse(body), null);
            }
            catch (JsonException e)
            {
                return (null, ApiResults.BadRequest($"The body is not valid JSON: {e.Message}"));
            }
            finally
            {
                reader.AdvanceTo(body.End);
            }
        }

        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.End);
                return (null, TooLarge(limit));
            }

            if (!read.IsCompleted)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }

            try
            {
                return buffer.IsEmpty
                    ? (null, ApiResults.BadRequest($"The body is empty; send {expected}."))
                    : (JsonBody.Parse(buffer), null);
            }
            catch (JsonException e)
            {
                return (null, ApiResults.BadRequest($"The body is not valid JSON: {e.Message}"));
            }
            finally
            {
                reader.AdvanceTo(buffer.End);
            }
        }
    }

    private static IResult TooLarge(long limit) => Results.Problem(
        title: "Body too large",
        detail: string.Create(CultureInfo.InvariantCulture,
            $"The body is larger than {limit:N0} bytes, the limit for this endpoint (ServerOptions.MaxPredictionBodySize); send less per request."),
        statusCode: StatusCodes.Status413PayloadTooLarge);
}
