using System.Collections.Concurrent;
using System.Reflection;

namespace Sluice.Engine.Outputs;

/// <summary>
/// Decides whether System.Text.Json can write a type and read it back as the same thing: numbers, strings, dates,
/// enums, collections and dictionaries of those, and records or classes made of them. Engine objects (models,
/// frames, streams, delegates) are refused, so they fail with a clear error instead of being stored as junk.
/// </summary>
internal static class JsonShapes
{
    private static readonly ConcurrentDictionary<Type, bool> Known = new();

    private static readonly string[] RefusedNamespaces =
    [
        "Microsoft.ML", "Microsoft.Data.Analysis", "Apache.Arrow", "System.IO", "System.Threading",
        "System.Reflection", "System.Net", "Microsoft.Extensions", "Sluice.ML", "Sluice.Sdk",
    ];

    public static bool IsRoundTrippable(Type type) => Known.GetOrAdd(type, t => Check(t, []));

    private static bool Check(Type type, HashSet<Type> visiting)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Check(underlying, visiting);
        }

        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) ||
            type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) ||
            type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(Guid) || type == typeof(Uri))
        {
            return type != typeof(IntPtr) && type != typeof(UIntPtr);
        }

        // A dynamic block's items are Sdk records made of the user's values: stored like any record.
        var isDynamicItem = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Sdk.DynamicItem<>);
        if (type == typeof(object) || type.IsPointer || type.IsByRefLike || typeof(Delegate).IsAssignableFrom(type) ||
            typeof(Type).IsAssignableFrom(type) || typeof(IDisposable).IsAssignableFrom(type) ||
            (!isDynamicItem && RefusedNamespaces.Any(ns => type.Namespace?.StartsWith(ns, StringComparison.Ordinal) == true)))
        {
            return false;
        }

        if (type.IsArray)
        {
            return type.GetArrayRank() == 1 && Check(type.GetElementType()!, visiting);
        }

        if (!visiting.Add(type))
        {
            // A recursive type (a tree of records) is fine as long as the rest of it is.
            return true;
        }

        try
        {
            Type[]? pair = GenericArguments(type, typeof(IDictionary<,>))
                ?? GenericArguments(type, typeof(IReadOnlyDictionary<,>));
            if (pair is not null)
            {
                return IsKey(pair[0]) && Check(pair[1], visiting);
            }

            if (GenericArguments(type, typeof(IEnumerable<>)) is { } item)
            {
                return Check(item[0], visiting);
            }

            if (type.IsInterface || type.IsAbstract || type.IsGenericTypeDefinition)
            {
                return false;
            }

            PropertyInfo[] properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
            bool constructible = type.IsValueType || type.GetConstructors().Length > 0;
            return constructible &&
                properties.Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
                    .All(p => Check(p.PropertyType, visiting)) &&
                type.GetFields(BindingFlags.Public | BindingFlags.Instance).All(f => Check(f.FieldType, visiting));
        }
        finally
        {
            visiting.Remove(type);
        }
    }

    private static bool IsKey(Type type) =>
        type == typeof(string) || type.IsEnum || (type.IsPrimitive && type != typeof(IntPtr)) ||
        type == typeof(Guid) || type == typeof(decimal);

    private static Type[]? GenericArguments(Type type, Type definition)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == definition)
        {
            return type.GetGenericArguments();
        }

        return type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition)?
            .GetGenericArguments();
    }
}
