using System;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>One field whose value in the tenant is not the manifest's.</summary>
public sealed class FieldDifference
{
    public FieldDifference(string field, object? current, object? desired)
    {
        Field = field;
        Current = current;
        Desired = desired;
    }

    public string Field { get; }

    public object? Current { get; }

    public object? Desired { get; }

    public override string ToString() => $"{Field}: {Show(Current)} -> {Show(Desired)}";

    internal static object? ValueOf(JToken? token) => token is JValue value ? value.Value : token?.ToString();

    private static string Show(object? value) => value switch
    {
        null => "(none)",
        string text => "'" + text + "'",
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
