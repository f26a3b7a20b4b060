using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Apps;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Apps;

public sealed class ManifestLoaderTests
{
    private static ApplicationDefinition LoadExample(Dictionary<string, string>? parameters = null) =>
        ManifestLoader.Load(File.ReadAllText(ManifestFiles.Example), "example", parameters, "Cust12345");

    private static ManifestException Invalid(string json, Dictionary<string, string>? parameters = null) =>
        Assert.Throws<ManifestException>(() => ManifestLoader.Load(json, "test", parameters, "Cust12345"));

    [Fact]
    public void The_example_manifest_loads_with_defaults_and_the_tenant_filled_in()
    {
        var app = LoadExample();

        Assert.Equal("Acme Invoicing", app.Name);
        Assert.Equal(2, app.WebPanels.Count);
        var panel = app.WebPanels[0];
        Assert.Equal("Acme.Invoicing.ContactInvoices", panel.ProgId);
        Assert.Equal("https://invoicing.acme.example/eu/contact?ctx=Cust12345&contact=<cuid>", (string?)panel.Fields["Url"]);
        Assert.Equal("ContactCard", (string?)panel.Fields["VisibleIn"]);
        Assert.False((bool)panel.Fields["Deleted"]!);
        Assert.Equal(20, panel.Fields.Count); // every WebPanelEntity field but the server's WebPanelId
        var button = Assert.Single(app.Buttons);
        Assert.Equal("NavigatorButton", (string?)button.Fields["VisibleIn"]);
        Assert.Equal("soprotocol:browser.acmeinvoices", (string?)button.Fields["Url"]);
        // The button opens the browser panel of its window.
        Assert.Equal("BrowserPanel", (string?)app.WebPanels[1].Fields["VisibleIn"]);
        Assert.Equal("acmeinvoices", (string?)app.WebPanels[1].Fields["WindowName"]);
        Assert.Equal(new[] { "Draft", "Sent", "Paid", "Written off" }, app.Lists.Single().Items.Select(i => i.Name));
        Assert.Equal(new[] { "Administration" }, app.Lists.Single().Items.Last().UserGroups);
        Assert.Null(app.Lists.Single().Items.First().UserGroups);
        Assert.Equal("Category", app.ListItems.Single().ListName);
    }

    [Fact]
    public void Given_parameters_replace_defaults_and_ignore_case()
    {
        var app = LoadExample(new Dictionary<string, string> { ["baseurl"] = "https://eu.acme.example" });

        Assert.StartsWith("https://eu.acme.example/eu/contact", (string?)app.WebPanels.First().Fields["Url"]);
    }

    [Fact]
    public void A_parameter_the_manifest_does_not_declare_is_a_problem()
    {
        var error = Assert.Throws<ManifestException>(() => LoadExample(new Dictionary<string, string> { ["BaseUri"] = "https://x.example" }));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.parameters", problem.Path);
        Assert.Contains("BaseUri", problem.Message);
    }

    [Theory]
    [MemberData(nameof(InvalidManifests))]
    public void An_invalid_manifest_names_every_problem_by_its_json_path(string file, string[] paths)
    {
        var error = Invalid(File.ReadAllText(Path.Combine(ManifestFiles.InvalidFolder, file)));

        Assert.Equal("ManifestInvalid", error.ErrorId);
        Assert.Equal(paths.OrderBy(p => p), error.Problems.Select(p => p.Path).Distinct().OrderBy(p => p));
        foreach (var path in paths)
        {
            Assert.Contains(path + ":", error.Message);
        }
    }

    public static IEnumerable<object[]> InvalidManifests() => ManifestFiles.Invalid();

    [Fact]
    public void There_are_at_least_ten_invalid_manifests_and_each_is_listed()
    {
        var listed = ManifestFiles.Invalid().Select(entry => (string)entry[0]).ToHashSet();
        var files = Directory.GetFiles(ManifestFiles.InvalidFolder, "*.json").Select(Path.GetFileName).Where(f => f != "index.json").ToHashSet();

        Assert.True(listed.Count >= 10);
        Assert.Equal(files.OrderBy(f => f), listed.OrderBy(f => f));
    }

    [Theory]
    [InlineData("{{literal}} {ctx}", "{literal} Cust12345")]
    [InlineData("{param:Host}/x", "acme.example/x")]
    [InlineData("{ param:Host }", "acme.example")]
    public void Tokens_resolve(string tooltip, string expected)
    {
        var json = Manifest(new JObject { ["lists"] = new JArray(new JObject { ["name"] = "L", ["tooltip"] = tooltip }) });

        var app = ManifestLoader.Load(json, "test", null, "Cust12345");

        Assert.Equal(expected, (string?)app.Lists.Single().Fields["Tooltip"]);
    }

    [Fact]
    public void An_unknown_token_is_a_problem_at_its_path()
    {
        var error = Invalid(Manifest(new JObject { ["lists"] = new JArray(new JObject { ["name"] = "L", ["tooltip"] = "{tenant}" }) }));

        Assert.Equal("$.lists[0].tooltip", Assert.Single(error.Problems).Path);
        Assert.Contains("{tenant}", error.Message);
    }

    [Theory]
    [InlineData("visibleIn", "SidePanel", "BrowserPanel, ")]
    [InlineData("urlEncoding", "UTF8", "Valid: Unknown, None, ANSI, Unicode.")]
    public void A_value_outside_SuperOffices_enum_is_refused_naming_the_valid_values(string property, string value, string listed)
    {
        var visibleIn = property == "visibleIn" ? value : "ContactCard";
        var encoding = property == "urlEncoding" ? $",\"urlEncoding\":\"{value}\"" : string.Empty;
        var error = Invalid($$"""{"name":"A","progIdPrefix":"Acme.A","webPanels":[{"key":"P","name":"P","visibleIn":"{{visibleIn}}","url":"https://acme.example/"{{encoding}}}]}""");

        var problem = Assert.Single(error.Problems);
        Assert.Equal($"$.webPanels[0].{property}", problem.Path);
        Assert.Contains($"'{value}' is not", problem.Message);
        Assert.Contains(listed, problem.Message);
    }

    [Fact]
    public void A_task_menu_item_gets_its_ProgId_the_documented_defaults_and_its_url_filled_in()
    {
        var menu = Assert.Single(LoadExample().TaskMenus);

        Assert.Equal("Acme.Invoicing.InvoiceContact", menu.ProgId);
        Assert.Equal("contact", (string?)menu.Fields["TableName"]);
        Assert.Equal("Task", (string?)menu.Fields["Area"]);
        Assert.Equal("Url", (string?)menu.Fields["TaskType"]);
        Assert.Equal("Web", (string?)menu.Fields["ShowInClient"]);
        Assert.Equal("https://invoicing.acme.example/eu/new-invoice?ctx=Cust12345&contact=<cuid>", (string?)menu.Fields["UrlOrSoprotocol"]);
    }

    [Theory]
    [InlineData("\"taskType\":\"Link\"", "$.taskMenus[0].taskType")]
    [InlineData("\"showInClient\":\"Desktop\"", "$.taskMenus[0].showInClient")]
    [InlineData("\"url\":\"javascript:alert(1)\"", "$.taskMenus[0].url")]
    public void A_task_menu_item_with_a_value_SuperOffice_does_not_have_is_refused(string property, string path)
    {
        var url = property.StartsWith("\"url\"", StringComparison.Ordinal) ? string.Empty : ",\"url\":\"https://acme.example/\"";
        var error = Invalid($$"""{"name":"A","progIdPrefix":"Acme.A","taskMenus":[{"key":"T","name":"T","tableName":"contact",{{property}}{{url}}}]}""");

        Assert.Equal(path, Assert.Single(error.Problems).Path);
    }

    [Theory]
    [InlineData("ContactCrad", "ContactCard")]
    [InlineData("browserpanel", "BrowserPanel")]
    [InlineData("Unicod", "Unicode")]
    public void A_near_miss_gets_the_nearest_valid_value(string typo, string suggestion)
    {
        var names = SuperOfficeEnums.Navigation.Concat(SuperOfficeEnums.UrlEncoding).ToList();
        Assert.Contains($"did you mean '{suggestion}'?", SuperOfficeEnums.Refuse(typo, names, "valid"));
    }

    [Fact]
    public void Every_documented_place_and_encoding_is_accepted_as_written()
    {
        Assert.All(SuperOfficeEnums.Navigation.Concat(SuperOfficeEnums.UrlEncoding), name => Assert.Null(SuperOfficeEnums.Refuse(name, SuperOfficeEnums.Navigation.Concat(SuperOfficeEnums.UrlEncoding).ToList(), "valid")));
        Assert.Equal(SuperOfficeEnums.Navigation.Length, SuperOfficeEnums.Navigation.Distinct().Count());
        Assert.Contains("ButtonPanelTask", SuperOfficeEnums.Navigation);
        Assert.DoesNotContain("None", SuperOfficeEnums.Navigation);
        Assert.DoesNotContain("UTF8", SuperOfficeEnums.UrlEncoding);
    }

    [Fact]
    public void A_misspelt_property_gets_a_suggestion()
    {
        var error = Invalid(Manifest(new JObject { ["Lists"] = new JArray() }));

        Assert.Contains("did you mean 'lists'", Assert.Single(error.Problems).Message);
    }

    [Fact]
    public void A_duplicate_property_is_invalid_json_at_its_path()
    {
        var error = Invalid("{ \"name\": \"A\", \"name\": \"B\", \"progIdPrefix\": \"A.B\" }");

        Assert.Equal("$.name", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void The_message_never_shows_more_than_a_short_part_of_a_long_value()
    {
        var error = Invalid(Manifest(new JObject { ["lists"] = new JArray(new JObject { ["name"] = "L", ["rank"] = new string('x', 500) }) }));

        Assert.True(error.Message.Length < 400);
    }

    private static string Manifest(JObject extra)
    {
        var manifest = new JObject
        {
            ["name"] = "Test",
            ["progIdPrefix"] = "Acme.Test",
            ["parameters"] = new JObject { ["Host"] = new JObject { ["default"] = "acme.example" } },
        };
        manifest.Merge(extra);
        return manifest.ToString();
    }
}
