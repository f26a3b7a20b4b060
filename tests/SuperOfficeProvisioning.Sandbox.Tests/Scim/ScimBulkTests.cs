using System.Net;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Tests.Scim.Support;
using static SuperOfficeProvisioning.Sandbox.Tests.Scim.Support.ScimHttpExtensions;

namespace SuperOfficeProvisioning.Sandbox.Tests.Scim;

public sealed class ScimBulkTests
{
    private const string BulkRequest = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

    [Fact]
    public async Task Bulk_answers_501_when_it_is_not_enabled()
    {
        await using var server = await ScimServer.StartAsync(options => options.BulkEnabled = false);

        await (await server.Client.PostScimAsync("Bulk", Bulk("[]"))).ExpectScimErrorAsync(HttpStatusCode.NotImplemented, null);
    }

    [Fact]
    public async Task BulkIds_link_a_new_group_to_new_users_even_when_the_group_comes_first()
    {
        await using var server = await ScimServer.StartAsync();

        var response = await PostBulkAsync(server, $$$"""
            [
              {"method":"POST","path":"/Groups","bulkId":"g1","data":{"schemas":["{{{GroupSchema}}}"],"displayName":"Bulk group",
                "members":[{"type":"User","value":"bulkId:u1"},{"type":"User","value":"bulkId:u2"}]}},
              {"method":"POST","path":"/Users","bulkId":"u1","data":{"schemas":["{{{UserSchema}}}"],"userName":"bulk1@contoso.com"}},
              {"method":"POST","path":"/Users","bulkId":"u2","data":{"schemas":["{{{UserSchema}}}"],"userName":"bulk2@contoso.com"}},
              {"method":"PATCH","path":"/Users/bulkId:u2","data":{"schemas":["{{{PatchOpSchema}}}"],"Operations":[{"op":"Replace","path":"active","value":"False"}]}}
            ]
            """);

        var operations = response["Operations"]!.AsArray();
        Assert.Equal("urn:ietf:params:scim:api:messages:2.0:BulkResponse", response["schemas"]![0]!.GetValue<string>());
        Assert.Equal(["u1:201", "u2:201", "g1:201", ":200"], operations.Select(op => $"{op!["bulkId"]}:{op["status"]}"));
        var groupLocation = new Uri(operations[2]!["location"]!.GetValue<string>());
        var group = await server.Client.GetJsonAsync(groupLocation.AbsoluteUri);
        Assert.Equal(
            operations.Take(2).Select(op => op!["location"]!.GetValue<string>()),
            group["members"]!.AsArray().Select(member => member!["$ref"]!.GetValue<string>()));
        Assert.False((await server.Client.GetJsonAsync(operations[1]!["location"]!.GetValue<string>()))["active"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Failing_operations_report_their_error_and_failOnErrors_stops_the_rest()
    {
        await using var server = await ScimServer.StartAsync();
        await server.Client.CreateUserAsync("taken@contoso.com");

        var response = await PostBulkAsync(server, $$$"""
            [
              {"method":"POST","path":"/Users","bulkId":"a","data":{"schemas":["{{{UserSchema}}}"],"userName":"taken@contoso.com"}},
              {"method":"DELETE","path":"/Users/no-such-id"},
              {"method":"POST","path":"/Users","bulkId":"c","data":{"schemas":["{{{UserSchema}}}"],"userName":"never@contoso.com"}}
            ]
            """, failOnErrors: 2);

        var operations = response["Operations"]!.AsArray();
        Assert.Equal(["409", "404"], operations.Select(op => op!["status"]!.GetValue<string>()));
        Assert.Equal("uniqueness", operations[0]!["response"]!["scimType"]!.GetValue<string>());
        Assert.Single(server.SuperOfficeUsers());
    }

    [Fact]
    public async Task Unresolvable_and_circular_bulkIds_fail_with_409()
    {
        await using var server = await ScimServer.StartAsync();

        var response = await PostBulkAsync(server, $$$"""
            [
              {"method":"POST","path":"/Groups","bulkId":"x","data":{"schemas":["{{{GroupSchema}}}"],"displayName":"X","members":[{"value":"bulkId:y"}]}},
              {"method":"POST","path":"/Groups","bulkId":"y","data":{"schemas":["{{{GroupSchema}}}"],"displayName":"Y","members":[{"value":"bulkId:x"}]}},
              {"method":"PATCH","path":"/Users/bulkId:nowhere","data":{"schemas":["{{{PatchOpSchema}}}"],"Operations":[{"op":"Replace","path":"active","value":false}]}}
            ]
            """);

        Assert.All(response["Operations"]!.AsArray(), op => Assert.Equal("409", op!["status"]!.GetValue<string>()));
        Assert.Equal(0, (await server.Client.GetJsonAsync("Groups"))["totalResults"]!.GetValue<int>());
    }

    [Fact]
    public async Task Requests_over_maxOperations_or_maxPayloadSize_answer_413()
    {
        await using var server = await ScimServer.StartStandaloneAsync(options =>
        {
            options.BulkMaxOperations = 2;
            options.BulkMaxPayloadSize = 2048;
        });
        var user = $$$"""{"method":"POST","path":"/Users","bulkId":"{0}","data":{"schemas":["{{{UserSchema}}}"],"userName":"{0}@contoso.com"}}""";

        var tooMany = string.Join(',', Enumerable.Range(1, 3).Select(i => user.Replace("{0}", $"u{i}")));
        await (await server.Client.PostScimAsync("Bulk", Bulk($"[{tooMany}]"))).ExpectScimErrorAsync(HttpStatusCode.RequestEntityTooLarge, null);

        var tooLarge = user.Replace("{0}", new string('a', 3000));
        await (await server.Client.PostScimAsync("Bulk", Bulk($"[{tooLarge}]"))).ExpectScimErrorAsync(HttpStatusCode.RequestEntityTooLarge, null);
        Assert.Empty(server.SuperOfficeUsers());
    }

    private static async Task<JsonNode> PostBulkAsync(ScimServer server, string operations, int? failOnErrors = null) =>
        (await (await server.Client.PostScimAsync("Bulk", Bulk(operations, failOnErrors))).ExpectAsync(HttpStatusCode.OK))!;

    private static string Bulk(string operations, int? failOnErrors = null)
    {
        var limit = failOnErrors is null ? "" : $",\"failOnErrors\":{failOnErrors}";
        return $$$"""{"schemas":["{{{BulkRequest}}}"]{{{limit}}},"Operations":{{{operations}}}}""";
    }
}
