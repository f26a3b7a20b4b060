using System.Net;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.Http;
using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Engine.Tests.Http;
using SuperOfficeProvisioning.Engine.Credentials;

namespace SuperOfficeProvisioning.Engine.Tests.Scim;

/// <summary>A SCIM client over an in-process fake gateway, and the answers such a gateway gives.</summary>
internal static class ScimAnswers
{
    public static readonly Uri TenantUrl = new("https://tenant.example/scim/v2/");

    public static ScimClient Client(HttpMessageHandler server, HttpPipelineOptions? options = null)
    {
        var pipeline = new HttpPipeline(options ?? new HttpPipelineOptions { MaxAttempts = 1 }, server);
        return SoConnection.Create(null, new ScimEndpoint(TenantUrl, Secret.FromPlainText("scim-token")), null, pipeline).CreateScimClient();
    }

    public static bool IsServiceConfig(HttpRequestMessage request) =>
        request.RequestUri!.AbsolutePath.EndsWith("/ServiceProviderConfig", StringComparison.Ordinal);

    public static HttpResponseMessage ServiceConfig(int maxResults = 100) =>
        FuncHandler.Json(HttpStatusCode.OK, new JObject { ["filter"] = new JObject { ["supported"] = true, ["maxResults"] = maxResults } }.ToString());

    /// <summary>startIndex and count of a list request.</summary>
    public static (int StartIndex, int Count) Paging(HttpRequestMessage request)
    {
        var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query);
        return (int.Parse(query["startIndex"]!), int.Parse(query["count"]!));
    }

    public static HttpResponseMessage ListPage(long totalResults, int startIndex, int count) =>
        FuncHandler.Json(HttpStatusCode.OK, new JObject
        {
            ["schemas"] = new JArray(ScimSchemas.ListResponse),
            ["totalResults"] = totalResults,
            ["startIndex"] = startIndex,
            ["itemsPerPage"] = count,
            ["Resources"] = new JArray(Enumerable.Range(startIndex, count).Select(User)),
        }.ToString());

    public static JObject User(int n) => new() { ["id"] = "id-" + n, ["userName"] = $"user{n}@tenant.example", ["active"] = true };
}
