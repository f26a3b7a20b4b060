using System.Globalization;
using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Sandbox.WebApi;

/// <summary>
/// The parameters of an agent call (<c>POST /Agents/…</c>): a JSON body object, with query string parameters as
/// the fallback SuperOffice also accepts. Names match ignoring case.
/// </summary>
internal sealed class AgentArguments(JsonObject body, IQueryCollection query)
{
    public static async Task<(AgentArguments? Arguments, IResult? Error)> ReadAsync(HttpContext context)
    {
        if (context.Request.ContentLength == 0 || (context.Request.ContentLength is null && !context.Request.HasJsonContentType()))
        {
            return (new AgentArguments(new JsonObject(), context.Request.Query), null);
        }

        var (body, error) = await RequestBody.ReadObjectAsync(context);
        return error is null ? (new AgentArguments(body!, context.Request.Query), null) : (null, error);
    }

    /// <summary>
    /// An agent's Save call (SaveWebPanelEntity, SaveTaskMenu): the body is the entity; it is created when its id field
    /// is 0 or absent, otherwise the fields it carries are updated.
    /// </summary>
    public static async Task<IResult> SaveAsync(HttpContext context, string idField, Func<int, JsonObject, IResult> update, Func<JsonObject, IResult> create)
    {
        var (body, error) = await RequestBody.ReadObjectAsync(context);
        if (error is not null)
        {
            return error;
        }

        var (id, invalidId) = new AgentArguments(body!, context.Request.Query).OptionalInt(idField);
        return invalidId ?? (id != 0 ? update(id, body!) : create(body!));
    }

    /// <summary>The first of <paramref name="names"/> present as a whole number, or the 400 naming the first name.</summary>
    public (int Value, IResult? Error) RequiredInt(params string[] names)
    {
        foreach (var name in names)
        {
            if (Find(name) is { } text)
            {
                return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                    ? (value, null)
                    : (0, WebApiErrors.Invalid(name, $"{name} must be a whole number."));
            }
        }

        return (0, WebApiErrors.Invalid(names[0], $"{names[0]} is required."));
    }

    /// <summary>The parameter as a whole number, 0 when it is absent.</summary>
    public (int Value, IResult? Error) OptionalInt(string name) => Find(name) is null ? (0, null) : RequiredInt(name);

    public (string Value, IResult? Error) RequiredString(string name) =>
        Find(name) is { Length: > 0 } text ? (text, null) : ("", WebApiErrors.Invalid(name, $"{name} is required."));

    /// <summary>The parameter as text, empty when it is absent.</summary>
    public (string Value, IResult? Error) OptionalString(string name) => (Find(name) ?? "", null);

    private string? Find(string name)
    {
        var fromBody = body.FirstOrDefault(pair => pair.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
        if (fromBody is JsonValue value)
        {
            return value.TryGetValue<string>(out var text) ? text : value.ToJsonString();
        }

        return query.TryGetValue(name, out var fromQuery) ? fromQuery.ToString() : null;
    }
}
