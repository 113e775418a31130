using Microsoft.AspNetCore.Http;

namespace Sluice.Server.Api;

/// <summary>Problem answers that name what was not found or what was wrong.</summary>
internal static class ApiResults
{
    public static IResult NotFound(string detail) =>
        Results.Problem(title: "Not found", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static IResult BadRequest(string detail) =>
        Results.Problem(title: "Bad request", detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
