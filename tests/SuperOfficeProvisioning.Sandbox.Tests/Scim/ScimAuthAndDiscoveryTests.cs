using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SuperOfficeProvisioning.Sandbox.Tests.Scim.Support;

namespace SuperOfficeProvisioning.Sandbox.Tests.Scim;

public sealed class ScimAuthAndDiscoveryTests(SharedScimServer shared) : IClassFixture<SharedScimServer>
{
    [Theory]
    [InlineData("Users")]
    [InlineData("Groups")]
    [InlineData("ServiceProviderConfig")]
    [InlineData("Schemas")]
    [InlineData("Bulk")]
    [InlineData("NoSuchEndpoint")]
    public async Task Every_route_answers_401_without_the_token(string path)
    {
        var response = await shared.Server.CreateClient(token: null).GetAsync(path);

        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        await response.ExpectScimErrorAsync(HttpStatusCode.Unauthorized, scimType: null);
    }

    [Fact]
    public async Task A_wrong_token_or_scheme_answers_401()
    {
        var server = shared.Server;
        var wrongToken = server.CreateClient("not-the-token");
        var basic = server.CreateClient(token: null);
        basic.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(ScimServer.Token)));

        await (await wrongToken.GetAsync("Users")).ExpectScimErrorAsync(HttpStatusCode.Unauthorized, null);
        await (await wrongToken.PostScimAsync("Users", "{}")).ExpectScimErrorAsync(HttpStatusCode.Unauthorized, null);
        await (await basic.GetAsync("Users")).ExpectScimErrorAsync(HttpStatusCode.Unauthorized, null);
    }

    [Fact]
    public async Task ServiceProviderConfig_describes_what_the_gateway_supports()
    {
        await using var server = await ScimServer.StartStandaloneAsync(options =>
        {
            options.FilterMaxResults = 150;
            options.BulkMaxOperations = 50;
            options.BulkMaxPayloadSize = 65536;
        });

        var config = await server.Client.GetJsonAsync("ServiceProviderConfig");

        Assert.Equal("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig", config["schemas"]![0]!.GetValue<string>());
        Assert.True(config["patch"]!["supported"]!.GetValue<bool>());
        Assert.True(config["filter"]!["supported"]!.GetValue<bool>());
        Assert.Equal(150, config["filter"]!["maxResults"]!.GetValue<int>());
        Assert.True(config["bulk"]!["supported"]!.GetValue<bool>());
        Assert.Equal(50, config["bulk"]!["maxOperations"]!.GetValue<int>());
        Assert.Equal(65536, config["bulk"]!["maxPayloadSize"]!.GetValue<int>());
        Assert.False(config["changePassword"]!["supported"]!.GetValue<bool>());
        Assert.False(config["sort"]!["supported"]!.GetValue<bool>());
        Assert.False(config["etag"]!["supported"]!.GetValue<bool>());
        Assert.Equal("oauthbearertoken", config["authenticationSchemes"]![0]!["type"]!.GetValue<string>());
        Assert.Equal(new Uri(server.ScimUrl, "ServiceProviderConfig").AbsoluteUri, config["meta"]!["location"]!.GetValue<string>());
    }

    [Fact]
    public async Task ServiceProviderConfig_says_bulk_is_unsupported_when_it_is_off()
    {
        await using var server = await ScimServer.StartAsync(options => options.BulkEnabled = false);

        var config = await server.Client.GetJsonAsync("ServiceProviderConfig");

        Assert.False(config["bulk"]!["supported"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Schemas_and_ResourceTypes_describe_users_groups_and_the_enterprise_extension()
    {
        var server = shared.Server;

        var schemas = await server.Client.GetJsonAsync("Schemas");
        Assert.Equal(3, schemas["totalResults"]!.GetValue<int>());
        var user = await server.Client.GetJsonAsync("Schemas/urn:ietf:params:scim:schemas:core:2.0:User");
        var userName = user["attributes"]!.AsArray().Single(attribute => attribute!["name"]!.GetValue<string>() == "userName")!;
        Assert.True(userName["required"]!.GetValue<bool>());
        Assert.False(userName["caseExact"]!.GetValue<bool>());
        Assert.Equal("server", userName["uniqueness"]!.GetValue<string>());

        var types = await server.Client.GetJsonAsync("ResourceTypes");
        Assert.Equal(["User", "Group"], types["Resources"]!.AsArray().Select(type => type!["name"]!.GetValue<string>()));
        var userType = await server.Client.GetJsonAsync("ResourceTypes/User");
        Assert.Equal("/Users", userType["endpoint"]!.GetValue<string>());
        Assert.Equal("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", userType["schemaExtensions"]![0]!["schema"]!.GetValue<string>());

        await (await server.Client.GetAsync("Schemas/urn:example:nothing")).ExpectScimErrorAsync(HttpStatusCode.NotFound, null);
    }

    [Fact]
    public async Task Unknown_endpoints_answer_a_SCIM_404()
    {
        var server = shared.Server;

        await (await server.Client.GetAsync("Widgets")).ExpectScimErrorAsync(HttpStatusCode.NotFound, null);
        await (await server.Client.DeleteAsync("Users")).ExpectScimErrorAsync(HttpStatusCode.NotFound, null);
    }

    [Fact]
    public async Task Plain_application_json_is_accepted_and_other_content_types_are_415()
    {
        var server = shared.Server;
        var body = $$"""{"schemas":["{{ScimHttpExtensions.UserSchema}}"],"userName":"json@example.com"}""";

        await (await server.Client.PostAsync("Users", new StringContent(body, Encoding.UTF8, "application/json")))
            .ExpectAsync(HttpStatusCode.Created);
        await (await server.Client.PostAsync("Users", new StringContent(body, Encoding.UTF8, "text/plain")))
            .ExpectScimErrorAsync(HttpStatusCode.UnsupportedMediaType, null);
    }
}
