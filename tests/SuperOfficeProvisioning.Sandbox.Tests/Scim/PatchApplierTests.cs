using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Model;
using SuperOfficeProvisioning.Sandbox.Scim.Patch;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;
using SuperOfficeProvisioning.Sandbox.Scim.Schema;

namespace SuperOfficeProvisioning.Sandbox.Tests.Scim;

/// <summary>The PATCH shapes Microsoft Entra sends, applied to a user's JSON and read back through the schema.</summary>
public sealed class PatchApplierTests
{
    private static readonly ScimUser Jensen = new()
    {
        Id = "u1",
        UserName = "bjensen@example.com",
        Name = new ScimName(null, "Jensen", "Barbara"),
        DisplayName = "Barbara Jensen",
        Active = true,
        Emails = [new ScimTypedValue("bjensen@example.com", "work", true)],
    };

    [Theory]
    [InlineData("""[{"op":"Replace","path":"active","value":"False"}]""")]
    [InlineData("""[{"op":"replace","path":"active","value":false}]""")]
    [InlineData("""[{"op":"Replace","value":{"active":"false"}}]""")]
    [InlineData("""[{"op":"REPLACE","path":"ACTIVE","value":"FALSE"}]""")]
    public void Deactivates_in_every_form_Entra_uses(string operations)
    {
        Assert.False(Patch(Jensen, operations).Active);
    }

    [Fact]
    public void Replaces_single_valued_and_sub_attributes_by_path()
    {
        var user = Patch(Jensen, """
            [{"op":"Replace","path":"displayName","value":"Babs"},
             {"op":"Replace","path":"name.givenName","value":"Babs"},
             {"op":"Add","path":"title","value":"Tour Guide"},
             {"op":"Add","path":"preferredLanguage","value":"nb-NO"}]
            """);

        Assert.Equal("Babs", user.DisplayName);
        Assert.Equal(new ScimName(null, "Jensen", "Babs"), user.Name);
        Assert.Equal("Tour Guide", user.Title);
        Assert.Equal("nb-NO", user.PreferredLanguage);
    }

    [Fact]
    public void A_pathless_value_is_an_object_whose_keys_are_paths_including_the_extension_urn()
    {
        var user = Patch(Jensen, """
            [{"op":"replace","value":{
                "displayName":"B. Jensen",
                "name.familyName":"Jensen-Smith",
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Tour Operations","employeeNumber":"701984"},
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager":"m-26118915"}}]
            """);

        Assert.Equal("B. Jensen", user.DisplayName);
        Assert.Equal("Jensen-Smith", user.Name!.FamilyName);
        Assert.Equal(new ScimEnterpriseAttributes("701984", "Tour Operations", "m-26118915"), user.Enterprise);
    }

    [Fact]
    public void Enterprise_attributes_take_urn_paths_and_manager_takes_a_bare_id()
    {
        var user = Patch(Jensen, """
            [{"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"Sales"},
             {"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager","value":"boss-1"}]
            """);
        Assert.Equal(new ScimEnterpriseAttributes(null, "Sales", "boss-1"), user.Enterprise);

        var removed = Patch(user, """
            [{"op":"Remove","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager"}]
            """);
        Assert.Equal(new ScimEnterpriseAttributes(null, "Sales", null), removed.Enterprise);
    }

    [Fact]
    public void A_value_filter_that_matches_nothing_creates_the_element_from_its_eq_terms()
    {
        var user = Patch(Jensen, """
            [{"op":"Add","path":"phoneNumbers[type eq \"mobile\"].value","value":"+47 900 00 000"},
             {"op":"Add","path":"emails[type eq \"home\"].value","value":"babs@home.example"}]
            """);

        Assert.Equal([new ScimTypedValue("+47 900 00 000", "mobile", false)], user.PhoneNumbers);
        Assert.Contains(new ScimTypedValue("babs@home.example", "home", false), user.Emails);
        Assert.Contains(new ScimTypedValue("bjensen@example.com", "work", true), user.Emails);
    }

    [Fact]
    public void A_value_filter_that_matches_replaces_only_the_matching_element()
    {
        var user = Patch(Jensen with { Emails = [.. Jensen.Emails, new ScimTypedValue("babs@home.example", "home", false)] }, """
            [{"op":"Replace","path":"emails[type eq \"work\"].value","value":"barbara@example.com"}]
            """);

        Assert.Equal(
            [new ScimTypedValue("barbara@example.com", "work", true), new ScimTypedValue("babs@home.example", "home", false)],
            user.Emails);
    }

    [Fact]
    public void Remove_with_a_value_filter_removes_the_matching_elements()
    {
        var user = Patch(Jensen, """[{"op":"Remove","path":"emails[type eq \"work\"]"}]""");
        Assert.Empty(user.Emails);

        var withoutValue = Patch(Jensen, """[{"op":"Remove","path":"emails[type eq \"work\"].value"}]""");
        Assert.Empty(withoutValue.Emails);

        var unchanged = Patch(Jensen, """[{"op":"Remove","path":"emails[type eq \"other\"]"}]""");
        Assert.Equal(Jensen.Emails, unchanged.Emails);
    }

    [Fact]
    public void Setting_primary_on_one_element_clears_it_on_the_others()
    {
        var user = Patch(Jensen, """
            [{"op":"Add","path":"emails","value":[{"value":"babs@home.example","type":"home","primary":true}]}]
            """);

        Assert.Equal(
            [new ScimTypedValue("bjensen@example.com", "work", false), new ScimTypedValue("babs@home.example", "home", true)],
            user.Emails);

        var back = Patch(user, """[{"op":"Replace","path":"emails[type eq \"work\"].primary","value":true}]""");
        Assert.Equal(["work"], back.Emails.Where(email => email.Primary).Select(email => email.Type));
    }

    [Fact]
    public void Replacing_a_multi_valued_attribute_replaces_all_values_and_adding_skips_duplicates()
    {
        var replaced = Patch(Jensen, """[{"op":"replace","path":"emails","value":[{"value":"new@example.com","type":"work"}]}]""");
        Assert.Equal([new ScimTypedValue("new@example.com", "work", false)], replaced.Emails);

        var added = Patch(Jensen, """[{"op":"add","path":"emails","value":[{"value":"bjensen@example.com","type":"work","primary":true}]}]""");
        Assert.Equal(Jensen.Emails, added.Emails);
    }

    [Theory]
    [InlineData("""[{"op":"replace","path":"id","value":"other"}]""", "mutability")]
    [InlineData("""[{"op":"replace","value":{"id":"other"}}]""", "mutability")]
    [InlineData("""[{"op":"replace","path":"meta.created","value":"2020-01-01T00:00:00Z"}]""", "mutability")]
    [InlineData("""[{"op":"replace","path":"nickName","value":"Babs"}]""", "invalidPath")]
    [InlineData("""[{"op":"replace","path":"emails[type eq","value":"x"}]""", "invalidPath")]
    [InlineData("""[{"op":"remove"}]""", "noTarget")]
    [InlineData("""[{"op":"replace","path":"emails[type ne \"work\"].value","value":"x@example.com"}]""", "noTarget")]
    [InlineData("""[{"op":"replace","value":"not an object"}]""", "invalidValue")]
    [InlineData("""[{"op":"replace","path":"active","value":"maybe"}]""", "invalidValue")]
    [InlineData("""[{"op":"remove","path":"userName"}]""", "invalidValue")]
    [InlineData("""[{"op":"move","path":"title","value":"x"}]""", "invalidSyntax")]
    [InlineData("""[{"op":"add","path":"title"}]""", "invalidSyntax")]
    [InlineData("""[]""", "invalidSyntax")]
    public void Invalid_operations_are_refused_with_the_RFC_error_type(string operations, string scimType)
    {
        var exception = Assert.Throws<ScimException>(() => Patch(Jensen, operations));

        Assert.Equal(400, exception.Status);
        Assert.Equal(scimType, exception.ScimType);
    }

    [Fact]
    public void Repeating_the_current_id_is_not_a_change()
    {
        var user = Patch(Jensen, """[{"op":"replace","value":{"id":"u1","title":"Boss"}}]""");

        Assert.Equal("Boss", user.Title);
    }

    [Fact]
    public void Group_member_operations_are_split_from_attribute_operations()
    {
        var group = ScimGroupJson.Render(new ScimGroup { Id = "g1", DisplayName = "Sales" }, ScimLocations.None);
        var operations = PatchOperation.ReadRequest(PatchBody("""
            [{"op":"Add","path":"members","value":[{"value":"u1"},{"value":"u2"}]},
             {"op":"Remove","path":"members","value":[{"value":"u2"}]},
             {"op":"remove","path":"members[value eq \"u3\"]"},
             {"op":"Replace","path":"displayName","value":"Sales EMEA"},
             {"op":"add","value":{"members":[{"value":"u4"}],"externalId":"e-1"}},
             {"op":"Remove","path":"members"}]
            """));

        var changes = GroupPatchPlanner.Apply(group, operations);

        Assert.Equal(
            ["Add u1,u2", "Remove u2", "Remove [value eq \"u3\"]", "Add u4", "Remove all"],
            changes.Select(change => $"{change.Kind} {Describe(change)}"));
        Assert.Equal("Sales EMEA", group["displayName"]!.GetValue<string>());
        Assert.Equal("e-1", group["externalId"]!.GetValue<string>());
    }

    private static ScimUser Patch(ScimUser user, string operations)
    {
        var json = ScimUserJson.Render(user, ScimLocations.None);
        foreach (var operation in PatchOperation.ReadRequest(PatchBody(operations)))
        {
            PatchApplier.Apply(json, operation, ScimSchemas.UserResource);
        }

        return ScimUserJson.Read(json, activeWhenAbsent: user.Active) with { Id = user.Id };
    }

    private static string Describe(MemberChange change) =>
        change.UserIds is { } ids ? string.Join(',', ids) : change.Filter is { } filter ? $"[{filter}]" : "all";

    private static JsonObject PatchBody(string operations) =>
        JsonNode.Parse($$"""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":{{operations}}}""")!.AsObject();
}
