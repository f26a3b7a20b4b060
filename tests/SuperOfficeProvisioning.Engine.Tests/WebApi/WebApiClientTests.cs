using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;
using SuperOfficeProvisioning.Engine.Tests.Http;
using SuperOfficeProvisioning.Engine.WebApi;
using Xunit;
using SuperOfficeProvisioning.Engine.Credentials;

namespace SuperOfficeProvisioning.Engine.Tests.WebApi;

public sealed class WebApiClientTests
{
    private readonly ScriptedHandler _server = new();
    private readonly CountingCredential _credential = new();

    [Fact]
    public async Task The_api_base_comes_from_the_tenant_status_not_from_the_connection()
    {
        Status("https://sod2.superoffice.test/Cust12345");
        _server.Respond(HttpStatusCode.OK, r => r.Content = Json(new JObject { ["value"] = new JArray() }));

        await Client().GetAllAsync("List", CancellationToken.None);

        Assert.Equal("https://sod.superoffice.test/api/state/Cust12345", _server.Requests[0].RequestUri!.AbsoluteUri);
        Assert.Equal("https://sod2.superoffice.test/Cust12345/api/v1/List", _server.Requests[1].RequestUri!.AbsoluteUri);
    }

    [Fact]
    public async Task A_421_rereads_the_status_once_and_follows_the_tenant()
    {
        Status("https://sod2.superoffice.test/Cust12345");
        _server.Respond((HttpStatusCode)421, r => r.Content = Json(new JObject { ["Error"] = true, ["ErrorType"] = "SoMisdirectedRequestException" }));
        Status("https://sod3.superoffice.test/Cust12345");
        _server.Respond(HttpStatusCode.OK, r => r.Content = Json(new JObject { ["Id"] = 1 }));

        var answer = await Client().GetAsync("List/1", CancellationToken.None);

        Assert.Equal(1, (int)answer!["Id"]!);
        Assert.Equal("https://sod3.superoffice.test/Cust12345/api/v1/List/1", _server.Requests[3].RequestUri!.AbsoluteUri);
    }

    [Fact]
    public async Task A_second_421_is_an_error()
    {
        Status("https://sod2.superoffice.test/Cust12345");
        _server.Respond((HttpStatusCode)421);
        Status("https://sod2.superoffice.test/Cust12345");
        _server.Respond((HttpStatusCode)421);

        var error = await Assert.ThrowsAsync<SoException>(() => Client().GetAsync("List/1", CancellationToken.None));

        Assert.Equal("TenantMisdirected", error.ErrorId);
    }

    [Fact]
    public async Task A_401_renews_the_credential_and_sends_again_once()
    {
        Status("https://sod2.superoffice.test/Cust12345");
        _server.Respond(HttpStatusCode.Unauthorized);
        _server.Respond(HttpStatusCode.OK, r => r.Content = Json(new JObject { ["Id"] = 1 }));

        await Client().GetAsync("List/1", CancellationToken.None);

        Assert.Equal(1, _credential.Invalidations);
        Assert.Equal("Bearer token-2", _server.Requests[2].Headers.Authorization!.ToString());
    }

    [Fact]
    public async Task An_access_token_the_webapi_refuses_is_not_sent_again()
    {
        Status("https://sod2.superoffice.test/Cust12345");
        _server.Respond(HttpStatusCode.Unauthorized);
        var pipeline = new HttpPipeline(new HttpPipelineOptions { MaxAttempts = 1 }, _server);
        var endpoint = new WebApiEndpoint(new Uri("https://sod.superoffice.test/Cust12345/api/"), "Cust12345", new AccessTokenCredential(Secret.FromPlainText("revoked-token")));
        var client = SoConnection.Create(null, null, endpoint, pipeline).CreateWebApiClient();

        var error = await Assert.ThrowsAsync<SoException>(() => client.SendAsync(HttpMethod.Post, "List", new JObject(), CancellationToken.None));

        Assert.Equal("WebApiUnauthorized", error.ErrorId);
        Assert.Equal(2, _server.Requests.Count);
        var again = await Assert.ThrowsAsync<CredentialRefusedException>(() => client.SendAsync(HttpMethod.Post, "List", new JObject(), CancellationToken.None));
        Assert.Equal(SoErrorKind.Authentication, again.Kind);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_renewed_credential_that_is_refused_too_ends_with_the_401()
    {
        Status("https://sod2.superoffice.test/Cust12345");
        _server.Respond(HttpStatusCode.Unauthorized);
        _server.Respond(HttpStatusCode.Unauthorized);

        var error = await Assert.ThrowsAsync<SoException>(() => Client().GetAsync("List/1", CancellationToken.None));

        Assert.Equal("WebApiUnauthorized", error.ErrorId);
        Assert.Equal(1, _credential.Invalidations);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task A_tenant_that_is_not_running_sends_nothing_to_the_webapi()
    {
        _server.Respond(HttpStatusCode.OK, r => r.Content = Json(new JObject
        {
            ["ContextIdentifier"] = "Cust12345", ["State"] = "OfflineMaintenance", ["IsRunning"] = false, ["Endpoint"] = "https://sod2.superoffice.test/Cust12345",
        }));

        var error = await Assert.ThrowsAsync<SoException>(() => Client().GetAsync("List", CancellationToken.None));

        Assert.Equal("TenantNotRunning", error.ErrorId);
        Assert.Contains("OfflineMaintenance", error.Message);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task SuperOffice_s_error_body_makes_the_message()
    {
        Status("https://sod2.superoffice.test/Cust12345");
        _server.Respond(HttpStatusCode.BadRequest, r => r.Content = Json(new JObject
        {
            ["Error"] = true, ["ErrorType"] = "ArgumentException", ["ErrorMessage"] = "Name is required.",
        }));

        var error = await Assert.ThrowsAsync<SoException>(() => Client().SendAsync(HttpMethod.Post, "List", new JObject(), CancellationToken.None));

        Assert.Equal("WebApiRequestRejected", error.ErrorId);
        Assert.Contains("Name is required.", error.Message);
    }

    [Fact]
    public async Task The_list_routes_are_asked_for_deleted_rows_too_and_answer_plain_arrays()
    {
        Status("https://sod2.superoffice.test/Cust12345");
        _server.Respond(HttpStatusCode.OK, r => r.Content = new StringContent("""[{"Id":7,"Name":"Acme status","Deleted":true}]""", Encoding.UTF8, "application/json"));
        _server.Respond(HttpStatusCode.OK, r => r.Content = new StringContent("[]", Encoding.UTF8, "application/json"));

        var operations = new ListOperations(Client());
        var lists = await operations.GetListsAsync(CancellationToken.None);
        await operations.GetItemsAsync(7, CancellationToken.None);

        Assert.True((bool)Assert.Single(lists)["Deleted"]!);
        Assert.Equal("https://sod2.superoffice.test/Cust12345/api/v1/List?includeDeleted=true", _server.Requests[1].RequestUri!.AbsoluteUri);
        Assert.EndsWith("/api/v1/List/7/Items?includeDeleted=true", _server.Requests[2].RequestUri!.AbsoluteUri);
    }

    [Fact]
    public async Task Item_visibility_is_sent_as_every_user_group_with_Selected()
    {
        Status("https://sod2.superoffice.test/Cust12345");
        _server.Respond(HttpStatusCode.OK, r => r.Content = new StringContent("[]", Encoding.UTF8, "application/json"));

        await new ListOperations(Client()).SetItemUserGroupsAsync(7, 70, new[] { 1, 2, 3 }, new[] { 3 }, CancellationToken.None);

        Assert.Equal(HttpMethod.Put, _server.Requests[1].Method);
        Assert.EndsWith("/api/v1/List/7/Items/70/UserGroups", _server.Requests[1].RequestUri!.AbsoluteUri);
        Assert.Equal(
            """[{"Id":1,"Selected":false},{"Id":2,"Selected":false},{"Id":3,"Selected":true}]""",
            JArray.Parse(_server.Bodies[1]!).ToString(Newtonsoft.Json.Formatting.None));
    }

    private WebApiClient Client()
    {
        var pipeline = new HttpPipeline(new HttpPipelineOptions { MaxAttempts = 1 }, _server);
        var endpoint = new WebApiEndpoint(new Uri("https://sod.superoffice.test/Cust12345/api/"), "Cust12345", _credential);
        return SoConnection.Create(null, null, endpoint, pipeline).CreateWebApiClient();
    }

    private void Status(string endpoint) =>
        _server.Respond(HttpStatusCode.OK, r => r.Content = Json(new JObject
        {
            ["ContextIdentifier"] = "Cust12345", ["State"] = "Running", ["IsRunning"] = true, ["Endpoint"] = endpoint,
            ["ValidUntil"] = DateTime.UtcNow.AddMinutes(10),
        }));

    private static StringContent Json(JObject body) => new(body.ToString(), Encoding.UTF8, "application/json");

    private sealed class CountingCredential : IWebApiCredential
    {
        private int _issued = 1;

        public int Invalidations { get; private set; }

        public string Kind => "Test";

        public Task AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "token-" + _issued);
            return Task.CompletedTask;
        }

        public void Invalidate()
        {
            Invalidations++;
            _issued++;
        }
    }
}
