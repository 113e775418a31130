using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

using Sluice.Core;

namespace Sluice.Storage.Serialization;

/// <summary>
/// The JSON form of run events, shared by every store: one object per event with a <c>type</c> discriminator.
/// Core's records carry no serializer attributes, so the polymorphism is configured here.
/// </summary>
internal static class RunEventJson
{
    // The discriminators are stored in databases: renaming one breaks reading old runs.
    private static readonly (Type Type, string Name)[] EventTypes =
    [
        (typeof(RunCreated), nameof(RunCreated)),
        (typeof(RunStarted), nameof(RunStarted)),
        (typeof(RunEnded), nameof(RunEnded)),
        (typeof(BlockStarted), nameof(BlockStarted)),
        (typeof(BlockAttemptFailed), nameof(BlockAttemptFailed)),
        (typeof(BlockEnded), nameof(BlockEnded)),
        (typeof(ChildBlocksAdded), nameof(ChildBlocksAdded)),
    ];

    private static readonly Dictionary<Type, string> NamesByType = EventTypes.ToDictionary(e => e.Type, e => e.Name);

    /// <summary>Options for run events and the values inside them (variables).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The discriminator of <paramref name="runEvent"/>, also kept in its own column.</summary>
    public static string TypeName(RunEvent runEvent) =>
        NamesByType.TryGetValue(runEvent.GetType(), out var name)
            ? name
            : throw new NotSupportedException($"Run event type {runEvent.GetType().Name} has no stored name.");

    public static string Serialize(RunEvent runEvent) => JsonSerializer.Serialize(runEvent, Options);

    public static RunEvent Deserialize(string json) =>
        JsonSerializer.Deserialize<RunEvent>(json, Options)
        ?? throw new JsonException("A stored run event is null.");

    private static JsonSerializerOptions CreateOptions()
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(AddEventPolymorphism);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = resolver,
            Converters =
            {
                new RunIdJsonConverter(),
                new PipelineIdJsonConverter(),
                new JsonStringEnumConverter(),
            },
        };
        options.MakeReadOnly();
        return options;
    }

    private static void AddEventPolymorphism(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(RunEvent))
        {
            return;
        }

        var polymorphism = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = "type",
            UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
        };
        foreach (var (type, name) in EventTypes)
        {
            polymorphism.DerivedTypes.Add(new JsonDerivedType(type, name));
        }

        typeInfo.PolymorphismOptions = polymorphism;
    }
}
