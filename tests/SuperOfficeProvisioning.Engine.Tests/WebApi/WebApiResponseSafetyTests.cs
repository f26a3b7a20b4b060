using System.Net;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Credentials;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;
using SuperOfficeProvisioning.Engine.Tests.Http;
using SuperOfficeProvisioning.Engine.WebApi;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.WebApi;

/// <summary>Every shape of WebAPI answer is read safely: a wrong one is WebApiInvalidResponse, never a raw .NET exception.</summary>
public sealed class WebApiResponseSafetyTests
{
    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"saved\"")]
    [InlineData("{\"Id\":\"seven\"}")]
    [InlineData("{\"Id\":1e12}")]
    [InlineData("{\"Id\":")]
    public async Task A_created_list_answer_that_is_not_an_entity_is_WebApiInvalidResponse_naming_url_and_status(string body)
    {
        var lists = new ListOperations(Client(_ => body));

        var error = await Assert.ThrowsAsync<SoException>(() => lists.CreateListAsync(new JObject { ["Name"] = "Acme" }, CancellationToken.None));

        Assert.Equal("WebApiInvalidResponse", error.ErrorId);
        Assert.Contains("(200)", error.Message);
        Assert.Contains("POST https://sod2.superoffice.test/Cust12345/api/v1/List", error.Message);
    }

    [Theory]
    [InlineData("{\"value\":{}}")]
    [InlineData("{\"odata.nextLink\":\"List?page=2\"}")]
    [InlineData("{\"value\":[7]}")]
    [InlineData("{\"value\":[{\"Id\":{}}]}")]
    [InlineData("{\"value\":[{\"Id\":1}],\"odata.nextLink\":42}")]
    [InlineData("{\"value\":[],\"odata.nextLink\":\"List?page=2\"}")]
    [InlineData("\"rows\"")]
    [InlineData("")]
    public async Task A_malformed_archive_page_is_WebApiInvalidResponse(string body)
    {
        var client = Client(_ => body);

        var error = await Assert.ThrowsAsync<SoException>(() => client.GetAllAsync("List", CancellationToken.None));

        Assert.Equal("WebApiInvalidResponse", error.ErrorId);
    }

    [Fact]
    public async Task Pages_that_keep_coming_stop_at_the_row_limit()
    {
        var pages = 0;
        var client = Client(_ =>
        {
            pages++;
            return new JObject { ["value"] = new JArray(new JObject { ["Id"] = pages }), ["odata.nextLink"] = "https://sod2.superoffice.test/Cust12345/api/v1/List?page=" + (pages + 1) }.ToString();
        });
        client.MaxListedRows = 50;

        var error = await Assert.ThrowsAsync<SoException>(() => client.GetAllAsync("List", CancellationToken.None));

        Assert.Equal("ListingTooLarge", error.ErrorId);
        Assert.Equal(51, pages);
    }

    [Fact]
    public async Task An_error_body_of_the_wrong_shape_still_gives_the_status_s_error()
    {
        var client = Client(_ => "{\"ErrorType\":[1],\"ErrorMessage\":{}}", HttpStatusCode.BadRequest);

        var error = await Assert.ThrowsAsync<SoException>(() => client.SendAsync(HttpMethod.Post, "List", new JObject(), CancellationToken.None));

        Assert.Equal("WebApiRequestRejected", error.ErrorId);
    }

    [Fact]
    public async Task A_tenant_status_of_the_wrong_shape_is_TenantStatusInvalid()
    {
        var server = new FuncHandler(_ => FuncHandler.Json(HttpStatusCode.OK, "{\"State\":{\"a\":1},\"IsRunning\":\"maybe\"}"));
        using var pipeline = new HttpPipeline(new HttpPipelineOptions { MaxAttempts = 1 }, server);

        var error = await Assert.ThrowsAsync<SoException>(() =>
            Engine.Tenants.TenantStatusClient.GetAsync(pipeline, new Uri("https://sod.superoffice.test/"), "Cust12345", CancellationToken.None));

        Assert.Equal("TenantStatusInvalid", error.ErrorId);
    }

    private static WebApiClient Client(Func<HttpRequestMessage, string> body, HttpStatusCode status = HttpStatusCode.OK)
    {
        var server = new FuncHandler(request => request.RequestUri!.AbsolutePath.StartsWith("/api/state/", StringComparison.Ordinal)
            ? FuncHandler.Json(HttpStatusCode.OK, new JObject
            {
                ["ContextIdentifier"] = "Cust12345", ["State"] = "Running", ["IsRunning"] = true, ["Endpoint"] = "https://sod2.superoffice.test/Cust12345",
                ["ValidUntil"] = DateTime.UtcNow.AddMinutes(10),
            }.ToString())
            : FuncHandler.Json(status, body(request)));
        var pipeline = new HttpPipeline(new HttpPipelineOptions { MaxAttempts = 1 }, server);
        var endpoint = new WebApiEndpoint(new Uri("https://sod.superoffice.test/Cust12345/api/"), "Cust12345", new AccessTokenCredential(Secret.FromPlainText("token")));
        return SoConnection.Create(null, null, endpoint, pipeline).CreateWebApiClient();
    }
}
