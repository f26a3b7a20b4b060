using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Sandbox.Tests.Scim.Support;

/// <summary>Sends SCIM JSON and checks SCIM answers.</summary>
internal static class ScimHttpExtensions
{
    public const string UserSchema = "urn:ietf:params:scim:schemas:core:2.0:User";
    public const string EnterpriseSchema = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public const string GroupSchema = "urn:ietf:params:scim:schemas:core:2.0:Group";
    public const string PatchOpSchema = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    public static StringContent ScimContent(string json) => new(json, Encoding.UTF8, "application/scim+json");

    public static Task<HttpResponseMessage> PostScimAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(path, ScimContent(json));

    public static Task<HttpResponseMessage> PutScimAsync(this HttpClient client, string path, string json) =>
        client.PutAsync(path, ScimContent(json));

    public static Task<HttpResponseMessage> PatchScimAsync(this HttpClient client, string path, string operationsJson) =>
        client.PatchAsync(path, ScimContent($$"""{"schemas":["{{PatchOpSchema}}"],"Operations":{{operationsJson}}}"""));

    /// <summary>Asserts the status and returns the JSON body (null for an empty body).</summary>
    public static async Task<JsonNode?> ExpectAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
            if (text.Length == 0)
            {
                return null;
            }

            Assert.Equal("application/scim+json", response.Content.Headers.ContentType?.MediaType);
            return JsonNode.Parse(text);
        }
    }

    /// <summary>Asserts an RFC 7644 section 3.12 error: the Error schema, status as a string, and the scimType.</summary>
    public static async Task<JsonNode> ExpectScimErrorAsync(this HttpResponseMessage response, HttpStatusCode status, string? scimType)
    {
        var body = (await response.ExpectAsync(status))!;
        Assert.Equal("urn:ietf:params:scim:api:messages:2.0:Error", body["schemas"]![0]!.GetValue<string>());
        Assert.Equal(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), body["status"]!.GetValue<string>());
        Assert.Equal(scimType, body["scimType"]?.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["detail"]!.GetValue<string>()));
        return body;
    }

    /// <summary>Creates a user and returns its JSON.</summary>
    public static async Task<JsonNode> CreateUserAsync(
        this HttpClient client, string userName, string? externalId = null, string? extra = null)
    {
        var externalIdJson = externalId is null ? "" : $",\"externalId\":{Quote(externalId)}";
        var extraJson = extra is null ? "" : "," + extra;
        var json = $$"""{"schemas":["{{UserSchema}}"],"userName":{{Quote(userName)}}{{externalIdJson}},"active":true{{extraJson}}}""";
        return (await (await client.PostScimAsync("Users", json)).ExpectAsync(HttpStatusCode.Created))!;
    }

    public static async Task<JsonNode> CreateGroupAsync(this HttpClient client, string displayName, params string[] memberIds)
    {
        var members = string.Join(',', memberIds.Select(id => $$"""{"value":{{Quote(id)}}}"""));
        var json = $$"""{"schemas":["{{GroupSchema}}"],"displayName":{{Quote(displayName)}},"members":[{{members}}]}""";
        return (await (await client.PostScimAsync("Groups", json)).ExpectAsync(HttpStatusCode.Created))!;
    }

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string path) =>
        (await (await client.GetAsync(path)).ExpectAsync(HttpStatusCode.OK))!;

    /// <summary>A JSON string literal, escapes included.</summary>
    public static string Quote(string value) => JsonValue.Create(value).ToJsonString();

    public static string Id(this JsonNode resource) => resource["id"]!.GetValue<string>();
}
