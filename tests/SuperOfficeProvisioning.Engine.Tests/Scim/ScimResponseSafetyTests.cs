using System.Net;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Tests.Http;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Scim;

/// <summary>Every shape of SCIM answer is read safely: a wrong one is ScimInvalidResponse, never a raw .NET exception.</summary>
public sealed class ScimResponseSafetyTests
{
    private static readonly JObject NewUser = new() { ["userName"] = "ada@tenant.example" };

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"created\"")]
    [InlineData("42")]
    [InlineData("{\"userName\":\"ada@tenant.example\"}")]
    [InlineData("{\"id\":\"\",\"userName\":\"ada@tenant.example\"}")]
    [InlineData("{\"id\":{\"value\":1},\"userName\":\"ada@tenant.example\"}")]
    [InlineData("{\"id\":\"7\",\"userName\":[\"ada\"]}")]
    [InlineData("{\"id\":\"7\",\"meta\":{\"created\":\"not a date\"}}")]
    [InlineData("{\"id\":\"7\",\"meta\":\"yesterday\"}")]
    [InlineData("{\"id\":\"7\",")]
    public async Task A_created_user_answer_that_is_not_a_user_is_ScimInvalidResponse_naming_url_and_status(string body)
    {
        var client = ScimAnswers.Client(new FuncHandler(_ => FuncHandler.Json(HttpStatusCode.Created, body)));

        var error = await Assert.ThrowsAsync<SoException>(() => client.CreateUserAsync(NewUser, CancellationToken.None));

        Assert.Equal("ScimInvalidResponse", error.ErrorId);
        Assert.Equal(SoErrorKind.ServerError, error.Kind);
        Assert.Contains("201", error.Message);
        Assert.Contains("POST https://tenant.example/scim/v2/Users", error.Message);
    }

    [Fact]
    public async Task A_patch_answered_without_a_body_is_fine_but_an_empty_create_is_not()
    {
        var client = ScimAnswers.Client(new FuncHandler(_ => FuncHandler.Json(HttpStatusCode.OK, string.Empty)));

        Assert.Null(await client.PatchUserAsync("7", new[] { new JObject() }, CancellationToken.None));
        var error = await Assert.ThrowsAsync<SoException>(() => client.CreateGroupAsync("Sales", null, CancellationToken.None));
        Assert.Equal("ScimInvalidResponse", error.ErrorId);
    }

    [Theory]
    [InlineData("{\"totalResults\":1,\"Resources\":{\"id\":\"7\"}}")]
    [InlineData("{\"totalResults\":1}")]
    [InlineData("{\"totalResults\":1,\"Resources\":null}")]
    [InlineData("{\"totalResults\":1,\"Resources\":[{\"userName\":\"ada@tenant.example\"}]}")]
    [InlineData("{\"totalResults\":1,\"Resources\":[\"7\"]}")]
    [InlineData("{\"totalResults\":\"1\",\"Resources\":[{\"id\":\"7\"}]}")]
    [InlineData("{\"totalResults\":1.5,\"Resources\":[{\"id\":\"7\"}]}")]
    [InlineData("{\"totalResults\":1e10,\"Resources\":[{\"id\":\"7\"}]}")]
    [InlineData("{\"totalResults\":-1,\"Resources\":[{\"id\":\"7\"}]}")]
    [InlineData("{\"totalResults\":100000000000000000000000000000,\"Resources\":[{\"id\":\"7\"}]}")]
    [InlineData("{\"Resources\":[{\"id\":\"7\"}]}")]
    [InlineData("[{\"id\":\"7\"}]")]
    [InlineData("")]
    public async Task A_malformed_list_response_is_ScimInvalidResponse_not_an_empty_answer(string body)
    {
        var client = ScimAnswers.Client(new FuncHandler(request =>
            ScimAnswers.IsServiceConfig(request) ? ScimAnswers.ServiceConfig() : FuncHandler.Json(HttpStatusCode.OK, body)));

        // Get-SoUser -UserName reports UserNotFound only when the listing succeeds empty: it must not here.
        var error = await Assert.ThrowsAsync<SoException>(() => client.FindUsersAsync("userName eq \"ada@tenant.example\"", CancellationToken.None));

        Assert.Equal("ScimInvalidResponse", error.ErrorId);
        Assert.Contains("200", error.Message);
        Assert.Contains("GET https://tenant.example/scim/v2/Users?startIndex=1", error.Message);
    }

    [Fact]
    public async Task An_empty_listing_is_an_empty_answer()
    {
        var client = ScimAnswers.Client(new FuncHandler(request =>
            ScimAnswers.IsServiceConfig(request) ? ScimAnswers.ServiceConfig() : FuncHandler.Json(HttpStatusCode.OK, "{\"totalResults\":0}")));

        Assert.Empty(await client.FindUsersAsync("userName eq \"nobody@tenant.example\"", CancellationToken.None));
    }

    [Fact]
    public async Task A_server_error_on_a_lookup_is_a_server_error_not_a_not_found()
    {
        var client = ScimAnswers.Client(new FuncHandler(request =>
            ScimAnswers.IsServiceConfig(request) ? ScimAnswers.ServiceConfig() : FuncHandler.Json(HttpStatusCode.InternalServerError, "<html>oops</html>")));

        var error = await Assert.ThrowsAsync<SoException>(() => client.FindUsersAsync("userName eq \"ada@tenant.example\"", CancellationToken.None));

        Assert.Equal(SoErrorKind.ServerError, error.Kind);
    }

    [Theory]
    [InlineData("{\"scimType\":{\"a\":1},\"detail\":[1]}")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public async Task An_error_body_of_the_wrong_shape_still_gives_the_status_s_error(string body)
    {
        var client = ScimAnswers.Client(new FuncHandler(_ => FuncHandler.Json(HttpStatusCode.BadRequest, body)));

        var error = await Assert.ThrowsAsync<SoException>(() => client.CreateUserAsync(NewUser, CancellationToken.None));

        Assert.Equal("ScimRequestRejected", error.ErrorId);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"Operations\":{}}")]
    [InlineData("{\"Operations\":[7]}")]
    [InlineData("{\"Operations\":[{\"status\":\"201\",\"location\":5}]}")]
    [InlineData("{\"Operations\":[{\"status\":\"201\",\"response\":{\"id\":\"7\",\"meta\":{\"created\":\"soon\"}}}]}")]
    public async Task A_malformed_bulk_response_is_ScimInvalidResponse(string body)
    {
        var client = ScimAnswers.Client(new FuncHandler(_ => FuncHandler.Json(HttpStatusCode.OK, body)));

        var error = await Assert.ThrowsAsync<SoException>(() => client.BulkAsync(new[] { new JObject() }, CancellationToken.None));

        Assert.Equal("ScimInvalidResponse", error.ErrorId);
    }

    [Fact]
    public async Task A_service_config_with_values_of_the_wrong_type_is_ScimInvalidResponse()
    {
        var client = ScimAnswers.Client(new FuncHandler(_ => FuncHandler.Json(HttpStatusCode.OK, "{\"filter\":\"yes\",\"bulk\":{\"maxOperations\":1e12}}")));

        var error = await Assert.ThrowsAsync<SoException>(() => client.GetServiceConfigAsync(CancellationToken.None));

        Assert.Equal("ScimInvalidResponse", error.ErrorId);
    }
}
