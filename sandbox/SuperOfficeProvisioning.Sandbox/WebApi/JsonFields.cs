using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using SuperOfficeProvisioning.Sandbox.Json;

namespace SuperOfficeProvisioning.Sandbox.WebApi;

/// <summary>
/// Copies the fields of a JSON body onto an entity, field by field, so a wrong value is reported by its field name.
/// Field names match ignoring case; unknown fields (TableRight, FieldProperties …) and server-managed fields are skipped.
/// </summary>
internal static class JsonFields
{
    public static IReadOnlyList<string> NamesOf<T>() =>
        SandboxJson.Options.GetTypeInfo(typeof(T)).Properties.Select(property => property.Name).ToList();

    public static IResult? Apply<T>(T target, JsonObject body, IReadOnlySet<string> serverManaged)
        where T : class
    {
        foreach (var (name, value) in body)
        {
            if (Find<T>(name) is { } property && !serverManaged.Contains(property.Name) &&
                Set(target, property, value) is { } error)
            {
                return error;
            }
        }

        return null;
    }

    /// <summary>Sets one field; a field the entity does not have is an error here (JSON Patch paths must exist).</summary>
    public static IResult? ApplyOne<T>(T target, string name, JsonNode? value, IReadOnlySet<string> serverManaged)
        where T : class
    {
        if (Find<T>(name) is not { } property || serverManaged.Contains(property.Name))
        {
            return WebApiErrors.Invalid(name, $"'{name}' is not a field of {typeof(T).Name} that can be changed.");
        }

        return Set(target, property, value);
    }

    /// <summary>The current value of a field, as JSON.</summary>
    public static JsonNode? Read<T>(T source, string name)
        where T : class =>
        Find<T>(name) is { } property
            ? JsonSerializer.SerializeToNode(property.Get!(source), property.PropertyType, SandboxJson.Options)
            : null;

    private static JsonPropertyInfo? Find<T>(string name) =>
        SandboxJson.Options.GetTypeInfo(typeof(T)).Properties
            .FirstOrDefault(property => property.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && property.Set is not null);

    private static IResult? Set<T>(T target, JsonPropertyInfo property, JsonNode? value)
        where T : class
    {
        if (value is null)
        {
            if (property.PropertyType == typeof(string))
            {
                property.Set!(target, "");
                return null;
            }

            return property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null
                ? WebApiErrors.Invalid(property.Name, $"{property.Name} must not be null.")
                : Assign(target, property, null);
        }

        try
        {
            return Assign(target, property, value.Deserialize(property.PropertyType, SandboxJson.Options));
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            return WebApiErrors.Invalid(property.Name,
                $"{property.Name} must be {Describe(property.PropertyType)}; got {value.ToJsonString()}.");
        }
    }

    private static IResult? Assign<T>(T target, JsonPropertyInfo property, object? value)
        where T : class
    {
        property.Set!(target, value);
        return null;
    }

    private static string Describe(Type type) => Type.GetTypeCode(Nullable.GetUnderlyingType(type) ?? type) switch
    {
        TypeCode.Boolean => "true or false",
        TypeCode.Int32 or TypeCode.Int64 => "a whole number",
        TypeCode.String => "a string",
        _ => "a " + type.Name,
    };
}
