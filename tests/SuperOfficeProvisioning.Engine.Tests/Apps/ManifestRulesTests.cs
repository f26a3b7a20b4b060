using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Apps;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Apps;

/// <summary>What a well-formed manifest still may not ask for: a reserved ProgId prefix, a URL a panel must not open.</summary>
public sealed class ManifestRulesTests
{
    [Theory]
    [InlineData("https://acme.example/contact")]
    [InlineData("http://localhost:5000/contact")]
    [InlineData("http://127.0.0.1/contact")]
    [InlineData("http://[::1]:8080/")]
    [InlineData("soprotocol:browser.acme")]
    public void A_panel_may_open_https_loopback_http_and_soprotocol(string url)
    {
        var app = ManifestLoader.Load(Manifest("Acme.Test", url), "test", null, "Cust12345");

        Assert.Equal(url, (string?)app.WebPanels.Single().Fields["Url"]);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "javascript:")]
    [InlineData("JavaScript:alert(1)", "JavaScript:")]
    [InlineData("data:text/html,<b>x</b>", "data:")]
    [InlineData("file:///etc/passwd", "file:")]
    [InlineData("ftp://acme.example/", "ftp:")]
    [InlineData("http://acme.example/", "plain http")]
    [InlineData("http://127.0.0.1.evil.example/", "plain http")]
    public void Any_other_url_is_refused_naming_the_panel_and_its_field(string url, string reason)
    {
        var error = Assert.Throws<ManifestException>(() => ManifestLoader.Load(Manifest("Acme.Test", url), "test", null, "Cust12345"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.webPanels[0].url", problem.Path);
        Assert.Contains("web panel 'Main'", problem.Message);
        Assert.Contains(reason, problem.Message);
    }

    [Fact]
    public void The_url_is_checked_after_its_parameters_are_filled_in()
    {
        var parameters = new Dictionary<string, string> { ["Base"] = "javascript:alert(1)//" };

        var error = Assert.Throws<ManifestException>(() => ManifestLoader.Load(Manifest("Acme.Test", "{param:Base}/contact"), "test", parameters, "Cust12345"));

        Assert.Equal("$.webPanels[0].url", Assert.Single(error.Problems).Path);
    }

    [Theory]
    [InlineData("Tenant")]
    [InlineData("tenant.Intranet")]
    [InlineData("SuperOffice")]
    [InlineData("SuperOfficeTools.X")]
    [InlineData("SO.Helper")]
    [InlineData("System.Panels")]
    public void A_reserved_prefix_is_refused_before_anything_is_sent(string prefix)
    {
        var error = Assert.Throws<ManifestException>(() => ManifestLoader.Load(Manifest(prefix, "https://acme.example/"), "test", null, "Cust12345"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.progIdPrefix", problem.Path);
        Assert.Contains("reserved", problem.Message);
    }

    [Theory]
    [InlineData("Sonar.Panels")]
    [InlineData("Acme.Tenant")]
    [InlineData("Systematic")]
    public void A_prefix_that_only_looks_like_a_reserved_word_is_allowed(string prefix)
    {
        var app = ManifestLoader.Load(Manifest(prefix, "https://acme.example/"), "test", null, "Cust12345");

        Assert.Equal(prefix + ".Main", app.WebPanels.Single().ProgId);
    }

    private static string Manifest(string prefix, string url) => new JObject
    {
        ["name"] = "Test",
        ["progIdPrefix"] = prefix,
        ["parameters"] = new JObject { ["Base"] = new JObject { ["default"] = "https://acme.example" } },
        ["webPanels"] = new JArray(new JObject { ["key"] = "Main", ["name"] = "Main", ["visibleIn"] = "ContactCard", ["url"] = url }),
    }.ToString();
}
