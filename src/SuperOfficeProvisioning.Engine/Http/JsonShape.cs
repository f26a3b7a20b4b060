using System;
using System.IO;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Http;

/// <summary>
/// Checks the shape of a JSON answer before anything is read from it. A wrong shape throws
/// <see cref="InvalidDataException"/> saying what is wrong; the SCIM and WebAPI clients turn it (and any
/// conversion error while reading) into their InvalidResponse error, with the URL and the status.
/// </summary>
internal static class JsonShape
{
    public static JObject Object(JToken? json, string what = "the body") => json switch
    {
        null => throw Invalid($"{what} is empty"),
        JObject value => value,
        _ => throw Invalid($"{what} is a JSON {Name(json.Type)}, not an object"),
    };

    public static JArray Array(JToken? json, string what) => json switch
    {
        null => throw Invalid($"{what} is missing"),
        JArray value => value,
        _ => throw Invalid($"{what} is a JSON {Name(json.Type)}, not an array"),
    };

    /// <summary>A whole number of things: a JSON integer, at least zero, within a long.</summary>
    public static long Count(JToken? json, string what)
    {
        if (json is null || json.Type == JTokenType.Null)
        {
            throw Invalid($"{what} is missing");
        }

        if (json.Type != JTokenType.Integer)
        {
            throw Invalid($"{what} is a JSON {Name(json.Type)}, not a whole number");
        }

        if (!(((JValue)json).Value is long count) || count < 0)
        {
            throw Invalid($"{what} ({json}) is out of range");
        }

        return count;
    }

    /// <summary>A string when present; a JSON value of another kind is an error, not a silent null.</summary>
    public static string? OptionalString(JToken? json, string what) => json switch
    {
        null => null,
        { Type: JTokenType.Null } => null,
        { Type: JTokenType.String } => (string?)json,
        _ => throw Invalid($"{what} is a JSON {Name(json.Type)}, not a string"),
    };

    public static InvalidDataException Invalid(string problem) => new InvalidDataException(problem);

    /// <summary>
    /// An answer that could not be read as the shape it should have: a failed check here, or Json.NET failing to
    /// convert a value of the wrong type (a string date that is no date, an object where a string should be).
    /// </summary>
    public static bool IsMisread(Exception ex) =>
        ex is InvalidDataException || ex is ArgumentException || ex is FormatException || ex is InvalidCastException
        || ex is OverflowException || ex is InvalidOperationException;

    /// <summary>What to tell the admin: our own check's words, or that a value had the wrong type.</summary>
    public static string Problem(Exception ex) =>
        ex is InvalidDataException ? ex.Message : "a value has the wrong JSON type (" + ex.Message + ")";

    private static string Name(JTokenType type) => type switch
    {
        JTokenType.Integer or JTokenType.Float => "number",
        JTokenType.Date or JTokenType.Guid or JTokenType.Uri or JTokenType.TimeSpan => "string",
        _ => type.ToString().ToLowerInvariant(),
    };
}
