using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Sandbox.Tests.Support;

internal static class HttpAssertions
{
    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())
        ?? throw new InvalidOperationException("The response has no JSON body.");

    /// <summary>Asserts the status and returns the JSON body.</summary>
    public static async Task<JsonNode> ExpectJsonAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Asserts SuperOffice's error body: Error true, the ErrorType, and (if given) the ErrorSource.</summary>
    public static async Task<JsonNode> ExpectErrorAsync(
        this HttpResponseMessage response, HttpStatusCode status, string errorType, string? errorSource = null)
    {
        var body = await response.ExpectJsonAsync(status);
        Assert.True(body["Error"]!.GetValue<bool>());
        Assert.Equal(errorType, body["ErrorType"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["ErrorMessage"]!.GetValue<string>()));
        if (errorSource is not null)
        {
            Assert.Equal(errorSource, body["ErrorSource"]!.GetValue<string>());
        }

        return body;
    }

    // SuperOffice writes PascalCase; the tests send it that way too (System.Text.Json's web defaults would camelCase).
    private static readonly JsonSerializerOptions PascalCase = new();

    public static JsonContent Json(object body) => JsonContent.Create(body, options: PascalCase);

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) =>
        client.PostAsync(path, Json(body));

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string path, object body) =>
        client.PutAsync(path, Json(body));
}
