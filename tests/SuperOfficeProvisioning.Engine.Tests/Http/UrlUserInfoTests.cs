using System.Net;
using SuperOfficeProvisioning.Engine.Credentials;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;
using Xunit;
using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Engine.WebApi;

namespace SuperOfficeProvisioning.Engine.Tests.Http;

/// <summary>A password typed into a URL (https://svc:pw@host/) is refused, and never shown where the URL is.</summary>
public sealed class UrlUserInfoTests
{
    private const string Password = "Pa55w0rdInUrl";

    [Theory]
    [InlineData("https://svc:" + Password + "@tenant.example/scim/v2/", "https://***@tenant.example/scim/v2/")]
    [InlineData("https://svc:" + Password + "@tenant.example:8443/scim?token=abc&tenant=1", "https://***@tenant.example:8443/scim?token=***&tenant=1")]
    [InlineData("https://tenant.example/login#access_token=" + Password, "https://tenant.example/login")]
    [InlineData("https://tenant.example/scim/v2/Users", "https://tenant.example/scim/v2/Users")]
    public void Redaction_masks_userinfo_secret_parameters_and_fragments(string url, string shown)
    {
        Assert.Equal(shown, Redaction.Url(new Uri(url)));
    }

    [Fact]
    public void Redaction_masks_userinfo_in_a_url_that_is_not_absolute()
    {
        var shown = Redaction.Url(new Uri("svc:" + Password + "@tenant.example/scim", UriKind.RelativeOrAbsolute));

        Assert.DoesNotContain(Password, shown);
    }

    [Fact]
    public void A_scim_url_with_userinfo_is_refused_naming_the_parameter_but_not_the_password()
    {
        var error = Assert.Throws<SoException>(() =>
            new ScimEndpoint(new Uri($"https://svc:{Password}@tenant.example/scim/v2/"), Secret.FromPlainText("token")));

        Assert.Equal("InvalidUrl", error.ErrorId);
        Assert.Equal(SoErrorKind.InvalidInput, error.Kind);
        Assert.Contains("-ScimUrl", error.Message);
        Assert.DoesNotContain(Password, error.Message);
        Assert.DoesNotContain("svc", error.Message);
    }

    [Fact]
    public void A_webapi_url_with_userinfo_is_refused_naming_the_parameter()
    {
        var error = Assert.Throws<SoException>(() => new WebApiEndpoint(
            new Uri($"https://svc:{Password}@sod.superoffice.test/Cust12345/api/"), "Cust12345", new AccessTokenCredential(Secret.FromPlainText("token"))));

        Assert.Equal("InvalidUrl", error.ErrorId);
        Assert.Contains("-WebApiUrl", error.Message);
        Assert.DoesNotContain(Password, error.Message);
    }

    [Fact]
    public void An_authority_with_userinfo_is_refused_naming_the_parameter()
    {
        var error = Assert.Throws<SoException>(() => TransportPolicy.EnsureAllowed(new Uri($"https://admin:{Password}@sod.superoffice.test/"), "Authority"));

        Assert.Equal("InvalidUrl", error.ErrorId);
        Assert.Contains("-Authority", error.Message);
        Assert.DoesNotContain(Password, error.Message);
    }

    [Fact]
    public async Task The_pipeline_sends_nothing_to_a_url_with_userinfo()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK);
        using var pipeline = new HttpPipeline(new HttpPipelineOptions(), handler);
        var log = new RecordingLog();

        SoException error;
        using (EngineLog.BeginScope(log))
        {
            error = await Assert.ThrowsAsync<SoException>(() =>
                pipeline.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"https://svc:{Password}@tenant.example/scim/v2/Users"), CancellationToken.None));
        }

        Assert.Equal("InvalidUrl", error.ErrorId);
        Assert.Empty(handler.Requests);
        Assert.DoesNotContain(Password, error.Message + string.Join("\n", log.Lines));
    }
}
