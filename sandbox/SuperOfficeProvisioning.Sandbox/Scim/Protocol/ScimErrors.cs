using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Sandbox.Scim.Protocol;

/// <summary>Builds RFC 7644 section 3.12 error bodies; <c>status</c> is a string there, as the RFC's examples write it.</summary>
internal static class ScimErrors
{
    public static JsonObject Body(int status, string? scimType, string detail)
    {
        var body = new JsonObject
        {
            ["schemas"] = new JsonArray(ScimUrns.Error),
            ["status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (scimType is not null)
        {
            body["scimType"] = scimType;
        }

        body["detail"] = detail;
        return body;
    }

    public static JsonObject Body(ScimException exception) =>
        Body(exception.Status, exception.ScimType, exception.Message);
}
