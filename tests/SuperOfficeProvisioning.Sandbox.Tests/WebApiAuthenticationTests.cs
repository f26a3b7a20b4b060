using System.Net;
using SuperOfficeProvisioning.Sandbox.Tests.Support;

namespace SuperOfficeProvisioning.Sandbox.Tests;

public sealed class WebApiAuthenticationTests(SharedSandbox shared) : IClassFixture<SharedSandbox>
{
    private readonly TestSandbox _sandbox = shared.Sandbox;

    public static TheoryData<string?, string?> Refused => new()
    {
        { null, null },
        { "Bearer", "8A:Cust12345.forged" },
        { "Bearer", "" },
        { "SOTicket", "7T:forged" },
        { "Basic", "YWRtaW46YWRtaW4=" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Requests_without_a_valid_credential_get_401_with_the_error_body(string? scheme, string? value)
    {
        using var client = _sandbox.CreateClient(_sandbox.RestUrl, headers =>
        {
            if (scheme is not null)
            {
                headers.TryAddWithoutValidation("Authorization", $"{scheme} {value}");
                headers.Add("SO-AppToken", _sandbox.Details.ClientSecret);
            }
        });

        foreach (var path in new[] { "List", "User", "List/WebPanel/Items", "NoSuchRoute" })
        {
            var response = await client.GetAsync(path);
            await response.ExpectErrorAsync(HttpStatusCode.Unauthorized, "UnauthorizedAccessException", "Authorization");
        }
    }

    [Fact]
    public async Task The_ready_access_token_is_accepted()
    {
        var response = await _sandbox.Api.GetAsync("User/currentPrincipal");

        var principal = await response.ExpectJsonAsync(HttpStatusCode.OK);
        Assert.Equal(_sandbox.Details.AdminUserName, principal["UserName"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_route_under_the_API_is_404_with_the_error_body()
    {
        var response = await _sandbox.Api.GetAsync("Contact/1");

        await response.ExpectErrorAsync(HttpStatusCode.NotFound, "SoNotFoundException");
    }

    [Fact]
    public async Task Responses_use_PascalCase()
    {
        var body = await (await _sandbox.Api.GetAsync("List/Category")).ExpectJsonAsync(HttpStatusCode.OK);

        Assert.Equal(
            ["Id", "Name", "Tooltip", "Deleted", "Rank", "IsCustomList", "IsMDOList", "UseGroupsAndHeadings", "ListType",
             "InUseByUserDefinedFields"],
            body.AsObject().Select(pair => pair.Key).ToArray());
        Assert.Equal("application/json", (await _sandbox.Api.GetAsync("List/Category")).Content.Headers.ContentType!.MediaType);
    }
}
