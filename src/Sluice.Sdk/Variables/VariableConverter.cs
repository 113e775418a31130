using System.Collections;
using System.Globalization;

namespace Sluice.Sdk;

/// <summary>Converts variable values, which arrive as text, numbers, booleans or lists, to the type a block asks for.</summary>
internal static class VariableConverter
{
    public static T Convert<T>(string name, object? value) => (T)Convert(name, value, typeof(T))!;

    private static object? Convert(string name, object? value, Type target)
    {
        if (value is null || target.IsInstanceOfType(value))
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        try
        {
            if (underlying != typeof(string) && ElementTypeOf(underlying) is { } elementType)
            {
                return ConvertList(name, value, underlying, elementType);
            }

            return ConvertScalar(value, underlying);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new FormatException(
                $"Variable '{name}' has the value '{Describe(value)}', which does not convert to {target.Name}.", e);
        }
    }

    private static object ConvertScalar(object value, Type target)
    {
        var text = value as string ?? System.Convert.ToString(value, CultureInfo.InvariantCulture)!;
        if (target == typeof(string))
        {
            return text;
        }

        if (target == typeof(DateTime))
        {
            return DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None);
        }

        if (target == typeof(DateTimeOffset))
        {
            return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        }

        if (target == typeof(DateOnly))
        {
            return DateOnly.Parse(text, CultureInfo.InvariantCulture);
        }

        if (target == typeof(TimeSpan))
        {
            return TimeSpan.Parse(text, CultureInfo.InvariantCulture);
        }

        if (target == typeof(bool))
        {
            return bool.Parse(text);
        }

        if (target.IsEnum)
        {
            return Enum.Parse(target, text, ignoreCase: true);
        }

        return System.Convert.ChangeType(text, target, CultureInfo.InvariantCulture);
    }

    private static object ConvertList(string name, object value, Type target, Type elementType)
    {
        IEnumerable<object?> items = value switch
        {
            string text => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            IEnumerable sequence => sequence.Cast<object?>(),
            _ => [value],
        };
        var converted = items.Select(item => Convert(name, item, elementType)).ToList();
        var array = Array.CreateInstance(elementType, converted.Count);
        for (var i = 0; i < converted.Count; i++)
        {
            array.SetValue(converted[i], i);
        }

        if (target.IsArray)
        {
            return array;
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var item in array)
        {
            list.Add(item);
        }

        return list;
    }

    private static Type? ElementTypeOf(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType && type.GetGenericArguments() is [var element]
            && type.IsAssignableFrom(typeof(List<>).MakeGenericType(element)))
        {
            return element;
        }

        return null;
    }

    private static string Describe(object value) =>
        value is IEnumerable sequence and not string
            ? "[" + string.Join(", ", sequence.Cast<object?>()) + "]"
            : System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
}
