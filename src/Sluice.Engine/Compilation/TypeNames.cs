namespace Sluice.Engine.Compilation;

/// <summary>Type names as a user reads them in messages: <c>DataFrame</c>, <c>List&lt;String&gt;</c>, <c>Int32?</c>.</summary>
internal static class TypeNames
{
    public static string Display(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Display(underlying) + "?";
        }

        if (type.IsArray)
        {
            return $"{Display(type.GetElementType()!)}[{new string(',', type.GetArrayRank() - 1)}]";
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return $"{(tick > 0 ? name[..tick] : name)}<{string.Join(", ", type.GetGenericArguments().Select(Display))}>";
    }
}
