using System.Net;
using System.Security.Authentication;
using SuperOfficeProvisioning.Sandbox.Tests.Support;
using SuperOfficeProvisioning.TestSupport;

namespace SuperOfficeProvisioning.Sandbox.Tests;

/// <summary>The test-support client every suite and the benchmark trust the sandbox with: by its pin, and by nothing else.</summary>
public sealed class PinnedHttpTests(SharedSandbox shared) : IClassFixture<SharedSandbox>
{
    [Fact]
    public async Task A_client_pinned_to_the_sandbox_certificate_reaches_it()
    {
        var details = shared.Sandbox.Details;
        using var client = PinnedHttp.Client(details.CertificateThumbprint.ToLowerInvariant(), details.BaseUri);

        using var response = await client.GetAsync("api/state/Cust12345");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_client_pinned_to_another_certificate_is_refused_at_the_handshake()
    {
        using var client = PinnedHttp.Client(new string('0', 64), shared.Sandbox.Details.BaseUri);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("api/state/Cust12345"));

        Assert.IsType<AuthenticationException>(error.InnerException);
    }

    [Theory]
    [InlineData("")]
    [InlineData("3D051A71")]
    [InlineData("not a thumbprint at all, but sixty-four characters long, really!")]
    public void A_pin_that_is_not_a_sha256_thumbprint_is_refused_at_once(string pin)
    {
        var error = Assert.Throws<ArgumentException>(() => PinnedHttp.Handler(pin));

        Assert.Contains("64 hex digits", error.Message);
    }
}
