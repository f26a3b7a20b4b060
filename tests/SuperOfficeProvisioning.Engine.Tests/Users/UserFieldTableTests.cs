using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Engine.Users;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Users;

/// <summary>
/// Everything about a user field derives from its one entry in <see cref="UserField.All"/>: a draft that gives
/// every field becomes a SCIM resource that reads back as the same values, and comparing the two finds nothing
/// to change. A new entry whose SCIM path or reader disagree fails here.
/// </summary>
public sealed class UserFieldTableTests
{
    private static readonly Dictionary<string, object?> EveryField = new()
    {
        ["UserName"] = "ada@contoso.example",
        ["ExternalId"] = "oid-ada",
        ["GivenName"] = "Ada",
        ["Surname"] = "Lovelace",
        ["DisplayName"] = "Ada Lovelace",
        ["Email"] = "ada@contoso.example",
        ["JobTitle"] = "Analyst",
        ["Department"] = "Engines",
        ["MobilePhone"] = "+47 400 00 000",
        ["BusinessPhones"] = new object[] { "+47 22 00 00 00", "+47 22 00 00 01" },
        ["FaxNumber"] = "+47 22 00 00 09",
        ["EmployeeId"] = "E-1815",
        ["PreferredLanguage"] = "en-GB",
        ["Enabled"] = false,
    };

    [Fact]
    public void The_test_gives_every_field_in_the_table() =>
        Assert.Equal(UserField.All.Select(f => f.Name).Order(), EveryField.Keys.Order());

    [Fact]
    public void Every_field_survives_a_new_resource_and_reads_back_unchanged()
    {
        var draft = UserInputReader.Read(EveryField, 1, null, requireUserName: true);

        var resource = UserResource.New(draft);
        var user = ScimJson.ParseUser(resource);

        Assert.All(UserField.All.Where(f => f.Kind != UserFieldKind.Boolean), field => Assert.Equal(draft[field], field.Current(user)));
        Assert.False(user.Enabled);
        Assert.Empty(UserResource.Changes(user, draft));
    }

    [Fact]
    public void Each_field_changes_through_its_own_scim_path()
    {
        var draft = UserInputReader.Read(EveryField, 1, null, requireUserName: true);
        var changed = new List<string>();

        var operations = UserResource.Changes(new SoUser { ScimId = "1", UserName = "ada@contoso.example", Enabled = true }, draft, changed);

        Assert.Equal(UserField.All.Where(f => f != UserField.UserName).Select(f => f.Name), changed);
        Assert.Equal(UserField.All.Where(f => f != UserField.UserName).Select(f => f.ScimPath), operations.Select(o => (string?)o["path"]));
    }

    [Fact]
    public void The_fax_number_goes_where_entras_mapping_puts_it()
    {
        var resource = UserResource.New(UserInputReader.Read(new Dictionary<string, object?> { ["UserName"] = "a@b.example", ["FaxNumber"] = "+1 555 0100" }, 1, null, requireUserName: true));

        var fax = Assert.Single(resource["phoneNumbers"]!);
        Assert.Equal("fax", (string?)fax["type"]);
        Assert.Equal("+1 555 0100", (string?)fax["value"]);
    }

    [Theory]
    [InlineData("emails", "Email")]
    [InlineData("department", "Department")]
    [InlineData("employeeNumber", "EmployeeId")]
    [InlineData("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber", "EmployeeId")]
    [InlineData("phoneNumbers[type eq \"fax\"].value", "FaxNumber")]
    [InlineData("active", "Enabled")]
    [InlineData("name.familyName", "Surname")]
    public void An_attribute_map_key_names_its_field(string key, string field) =>
        Assert.Equal(field, UserField.ByScimPath(key)?.Name);
}
