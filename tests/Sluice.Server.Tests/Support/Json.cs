using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sluice.Server.Tests.Support;

/// <summary>How the tests read the API's JSON: web defaults, enums as the server writes them.</summary>
public static class Json
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
