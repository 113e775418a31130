using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

using Sluice.Core;
using Sluice.Engine.Compilation;
using Sluice.Sdk;

namespace Sluice.Engine.Execution;

/// <summary>
/// Reads what a dynamic block returned as the items its children run for: any collection but a string; elements
/// that are <see cref="DynamicItem{T}"/> carry the name and metadata of their child.
/// </summary>
internal static partial class DynamicItems
{
    public const string Shapes =
        "a collection (an array, List<T>, IEnumerable<T>, IReadOnlyList<T>) or a collection of DynamicItem<T>";

    private const string NameRule = "up to 100 letters, digits, '_', '-' or '.', not starting with '-' or '.'";

    private static readonly Dictionary<string, string> NoMetadata = [];

    /// <summary>
    /// What each child of a block declared to return <paramref name="declared"/> receives; <see cref="object"/> when
    /// only the returned value can tell; null when <paramref name="declared"/> is not a collection.
    /// </summary>
    public static Type? ItemTypeOf(Type declared)
    {
        if (declared == typeof(object))
        {
            return typeof(object);
        }

        if (declared == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(declared))
        {
            return null;
        }

        var element = declared.IsArray ? declared.GetElementType() : EnumerableElementOf(declared);
        return element is null ? typeof(object)
            : IsDynamicItem(element) ? element.GetGenericArguments()[0]
            : element;
    }

    /// <summary>The items of <paramref name="value"/>, the output of dynamic block <paramref name="block"/>, in order.</summary>
    /// <exception cref="SluiceException">It is not a collection, or its item names are not usable.</exception>
    public static IReadOnlyList<DynamicChild> From(string block, object? value)
    {
        var elements = value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Cast<object?>(),
            IEnumerable enumerable and not string => enumerable.Cast<object?>(),
            _ => throw new SluiceException(
                $"dynamic block '{block}' returned {(value is null ? "null" : TypeNames.Display(value.GetType()))}, not {Shapes}"),
        };

        var children = new List<DynamicChild>();
        var indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            var index = children.Count;
            var (item, name, metadata) = Unwrap(element);
            name ??= index.ToString(CultureInfo.InvariantCulture);
            if (!ItemName().IsMatch(name))
            {
                throw new SluiceException(
                    $"dynamic block '{block}': item {index} is named '{name}'; an item's name names its children's block runs, so use {NameRule}");
            }

            if (!indexByName.TryAdd(name, index))
            {
                throw new SluiceException(
                    $"dynamic block '{block}': items {indexByName[name]} and {index} are both named '{name}'; every item needs its own name");
            }

            children.Add(new DynamicChild(item, new DynamicItemInfo(block, index, name, metadata ?? NoMetadata)));
        }

        return children;
    }

    /// <summary>The block run of <paramref name="block"/> for the item named <paramref name="item"/>.</summary>
    public static string ChildName(string block, string item) => $"{block}:{item}";

    private static (object? Value, string? Name, IReadOnlyDictionary<string, string>? Metadata) Unwrap(object? element)
    {
        if (element is null || !IsDynamicItem(element.GetType()))
        {
            return (element, null, null);
        }

        var type = element.GetType();
        return (
            Property(type, nameof(DynamicItem<int>.Value)).GetValue(element),
            (string?)Property(type, nameof(DynamicItem<int>.Name)).GetValue(element),
            (IReadOnlyDictionary<string, string>?)Property(type, nameof(DynamicItem<int>.Metadata)).GetValue(element));
    }

    private static PropertyInfo Property(Type type, string name) =>
        type.GetProperty(name) ?? throw new InvalidOperationException($"{type} has no property {name}.");

    private static bool IsDynamicItem(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(DynamicItem<>);

    private static Type? EnumerableElementOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type.GetGenericArguments()[0]
            : type.GetInterfaces()
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?
                .GetGenericArguments()[0];

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemName();
}
