using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Engine.Users;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Scim;

public sealed class ScimJsonTests
{
    private static UserDraft Draft(params (string Field, object? Value)[] values) =>
        UserInputReader.Read(values.ToDictionary(v => v.Field, v => v.Value), 1, null, requireUserName: false);

    [Fact]
    public void A_new_user_follows_entras_mapping()
    {
        var json = UserResource.New(Draft(("UserName", "jane@contoso.example"), ("ExternalId", "oid-1"), ("GivenName", "Jane"), ("Surname", "Doe"), ("Email", "jane@contoso.example"), ("Department", "Sales"), ("MobilePhone", "+47 1")));

        Assert.Equal("jane@contoso.example", (string?)json["userName"]);
        Assert.Equal("oid-1", (string?)json["externalId"]);
        Assert.True((bool)json["active"]!);
        Assert.Equal("Jane Doe", (string?)json["displayName"]);
        Assert.Equal("Doe", (string?)json["name"]!["familyName"]);
        Assert.Equal("work", (string?)json["emails"]![0]!["type"]);
        Assert.Equal("mobile", (string?)json["phoneNumbers"]![0]!["type"]);
        Assert.Equal("Sales", (string?)json[ScimSchemas.EnterpriseUser]!["department"]);
        Assert.Contains(ScimSchemas.EnterpriseUser, json["schemas"]!.Values<string>());
    }

    [Fact]
    public void Changes_cover_only_given_fields_that_differ()
    {
        var current = new SoUser { ScimId = "1", UserName = "jane@contoso.example", GivenName = "Jane", JobTitle = "Seller", Enabled = true };
        var changed = new List<string>();

        var operations = UserResource.Changes(current, Draft(("UserName", "jane@contoso.example"), ("GivenName", "Jane"), ("JobTitle", "Head of Sales"), ("Enabled", false)), changed);

        Assert.Equal(new[] { "JobTitle", "Enabled" }, changed);
        Assert.Equal("Replace", (string?)operations[0]["op"]);
        Assert.Equal("title", (string?)operations[0]["path"]);
        Assert.Equal("active", (string?)operations[1]["path"]);
        Assert.False((bool)operations[1]["value"]!);
    }

    [Fact]
    public void Nothing_differs_means_no_operation() =>
        Assert.Empty(UserResource.Changes(new SoUser { UserName = "a@b.c", Department = "Sales", Enabled = true }, Draft(("UserName", "a@b.c"), ("Department", "Sales"), ("Enabled", "true"))));

    [Fact]
    public void An_empty_value_removes_the_attribute()
    {
        var operations = UserResource.Changes(new SoUser { UserName = "a@b.c", MobilePhone = "+47 1" }, Draft(("UserName", "a@b.c"), ("MobilePhone", "")));

        Assert.Equal("Remove", (string?)Assert.Single(operations)["op"]);
    }

    [Fact]
    public void Users_parse_from_the_gateways_json()
    {
        var user = ScimJson.ParseUser(JObject.Parse("""
            {"id":"42","userName":"a@b.c","active":"False","name":{"givenName":"A"},
             "emails":[{"value":"a@b.c","type":"work"}],"phoneNumbers":[{"value":"1","type":"work"},{"value":"2","type":"mobile"}],
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Support"}}
            """));

        Assert.Equal("42", user.ScimId);
        Assert.False(user.Enabled);
        Assert.Equal("a@b.c", user.Email);
        Assert.Equal(new[] { "1" }, user.BusinessPhones);
        Assert.Equal("2", user.MobilePhone);
        Assert.Equal("Support", user.Department);
    }
}
