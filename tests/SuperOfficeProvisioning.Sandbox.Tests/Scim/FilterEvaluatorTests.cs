using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Filtering;
using SuperOfficeProvisioning.Sandbox.Scim.Schema;

namespace SuperOfficeProvisioning.Sandbox.Tests.Scim;

public sealed class FilterEvaluatorTests
{
    private static readonly JsonObject User = JsonNode.Parse("""
        {
          "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
          "id": "2819c223-7f76-453a-919d-413861904646",
          "externalId": "Ext-ABC",
          "userName": "Barbara.Jensen@example.com",
          "name": { "givenName": "Barbara", "familyName": "Jensen" },
          "displayName": "Babs \"the\" Jensen",
          "active": false,
          "emails": [
            { "value": "babs@home.example", "type": "home", "primary": false },
            { "value": "bjensen@example.com", "type": "work", "primary": true }
          ],
          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": { "department": "Sales" },
          "meta": { "resourceType": "User", "created": "2024-01-01T10:00:00.0000000Z", "lastModified": "2024-03-01T10:00:00.0000000Z" }
        }
        """)!.AsObject();

    [Theory]
    [InlineData("userName eq \"barbara.jensen@EXAMPLE.com\"", true)]
    [InlineData("externalId eq \"ext-abc\"", false)]
    [InlineData("externalId eq \"Ext-ABC\"", true)]
    [InlineData("id eq \"2819c223-7f76-453a-919d-413861904646\"", true)]
    [InlineData("userName sw \"barbara\"", true)]
    [InlineData("userName ew \"@example.com\"", true)]
    [InlineData("userName co \"JENSEN\"", true)]
    [InlineData("userName ne \"someone@example.com\"", true)]
    [InlineData("displayName eq \"Babs \\\"the\\\" Jensen\"", true)]
    [InlineData("name.givenName eq \"barbara\" and name.familyName eq \"Jensen\"", true)]
    [InlineData("emails.value eq \"babs@home.example\"", true)]
    [InlineData("emails eq \"bjensen@example.com\"", true)]
    [InlineData("emails[type eq \"work\"].value eq \"bjensen@example.com\"", true)]
    [InlineData("emails[type eq \"work\"].value eq \"babs@home.example\"", false)]
    [InlineData("emails[type eq \"work\" and primary eq true]", true)]
    [InlineData("emails[type eq \"other\"]", false)]
    [InlineData("active eq false", true)]
    [InlineData("active eq true", false)]
    [InlineData("not (active eq true)", true)]
    [InlineData("title pr", false)]
    [InlineData("title eq null", true)]
    [InlineData("userName pr and (title pr or displayName pr)", true)]
    [InlineData("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"sales\"", true)]
    [InlineData("meta.lastModified gt \"2024-02-01T00:00:00Z\"", true)]
    [InlineData("meta.lastModified lt \"2024-02-01T00:00:00+01:00\"", false)]
    [InlineData("userName gt \"a\" and userName lt \"c\"", true)]
    public void Evaluates_against_a_user(string filter, bool expected)
    {
        var bound = FilterBinder.BindFilter(FilterParser.ParseFilter(filter), ScimSchemas.UserResource);

        Assert.Equal(expected, FilterEvaluator.Matches(bound, new JsonFilterSubject(User)));
    }
}
