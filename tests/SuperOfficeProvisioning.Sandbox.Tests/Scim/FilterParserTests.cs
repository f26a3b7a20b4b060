using SuperOfficeProvisioning.Sandbox.Scim.Filtering;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;
using SuperOfficeProvisioning.Sandbox.Scim.Schema;

namespace SuperOfficeProvisioning.Sandbox.Tests.Scim;

public sealed class FilterParserTests
{
    [Theory]
    [InlineData("userName eq \"bjensen\"", "userName eq \"bjensen\"")]
    [InlineData("userName EQ \"x\" AND active Eq TRUE", "(userName eq \"x\" and active eq true)")]
    [InlineData("a eq \"1\" or b eq \"2\" and c eq \"3\"", "(a eq \"1\" or (b eq \"2\" and c eq \"3\"))")]
    [InlineData("(a eq \"1\" or b eq \"2\") and c eq \"3\"", "((a eq \"1\" or b eq \"2\") and c eq \"3\")")]
    [InlineData("not (active eq false) and title pr", "((not active eq false) and title pr)")]
    [InlineData("NOT(title pr)", "(not title pr)")]
    [InlineData("meta.lastModified gt \"2011-05-13T04:42:34Z\"", "meta.lastModified gt \"2011-05-13T04:42:34Z\"")]
    [InlineData("emails[type eq \"work\"].value eq \"a@b.c\"", "emails[type eq \"work\"].value eq \"a@b.c\"")]
    [InlineData("emails[type eq \"work\" and value co \"@example.com\"]", "emails[(type eq \"work\" and value co \"@example.com\")]")]
    [InlineData("x eq 10.5", "x eq 10.5")]
    [InlineData("x ne null", "x ne null")]
    public void Parses_and_groups_by_precedence(string filter, string expected)
    {
        Assert.Equal(expected, FilterParser.ParseFilter(filter).ToString());
    }

    [Fact]
    public void A_schema_urn_prefix_stays_part_of_the_attribute_path()
    {
        var filter = (ComparisonNode)FilterParser.ParseFilter(
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"Sales\"");

        Assert.Equal("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", filter.Path.SchemaUrn);
        Assert.Equal("department", filter.Path.Name);
        Assert.Equal("Sales", filter.Value);
    }

    [Theory]
    [InlineData("""userName eq "a\"b" """, "a\"b")]
    [InlineData("""userName eq "back\\slash" """, "back\\slash")]
    [InlineData("""userName eq "ends with \\" """, "ends with \\")]
    [InlineData("""userName eq "\u00f8ystein" """, "øystein")]
    [InlineData("""userName eq "tab\there" """, "tab\there")]
    public void String_literals_are_JSON_strings(string filter, string expected)
    {
        var comparison = (ComparisonNode)FilterParser.ParseFilter(filter);

        Assert.Equal(expected, comparison.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("userName")]
    [InlineData("userName eq")]
    [InlineData("userName \"x\"")]
    [InlineData("eq \"x\"")]
    [InlineData("(userName eq \"x\"")]
    [InlineData("userName eq \"x\")")]
    [InlineData("userName eq \"unterminated")]
    [InlineData("userName eq unquoted")]
    [InlineData("userName xx \"a\"")]
    [InlineData("not userName eq \"a\"")]
    [InlineData("emails[type eq \"work\"")]
    [InlineData("userName eq \"x\" and")]
    [InlineData("userName eq \"bad \\q escape\"")]
    [InlineData("user!name eq \"x\"")]
    [InlineData("userName eq \"x\" userName eq \"y\"")]
    public void Malformed_filters_are_rejected(string filter)
    {
        Assert.Throws<FilterSyntaxException>(() => FilterParser.ParseFilter(filter));
    }

    [Theory]
    [InlineData("nickName eq \"x\"")]
    [InlineData("name.middleName eq \"x\"")]
    [InlineData("active gt true")]
    [InlineData("active co \"t\"")]
    [InlineData("userName eq 5")]
    [InlineData("title[type eq \"x\"]")]
    [InlineData("name eq \"x\"")]
    [InlineData("urn:example:unknown:2.0:User:department eq \"x\"")]
    [InlineData("meta.created gt \"yesterday\"")]
    public void Filters_the_schema_cannot_answer_are_invalidFilter(string filter)
    {
        var exception = Assert.Throws<ScimException>(() =>
            FilterBinder.BindFilter(FilterParser.ParseFilter(filter), ScimSchemas.UserResource));

        Assert.Equal("invalidFilter", exception.ScimType);
    }

    [Fact]
    public void Binding_makes_attribute_names_case_insensitive_and_booleans_from_strings()
    {
        var filter = (ComparisonNode)FilterBinder.BindFilter(FilterParser.ParseFilter("ACTIVE eq \"False\""), ScimSchemas.UserResource);

        Assert.Equal("active", filter.Path.Bound.Attribute!.Name);
        Assert.Equal(false, filter.Value);
    }

    [Fact]
    public void Paths_parse_with_filters_sub_attributes_and_urns()
    {
        var path = FilterParser.ParsePath("phoneNumbers[type eq \"mobile\"].value");
        Assert.Equal("phoneNumbers", path.Name);
        Assert.Equal("type eq \"mobile\"", path.ElementFilter!.ToString());
        Assert.Equal("value", path.SubAttribute);

        var manager = FilterParser.ParsePath("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value");
        Assert.Equal("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", manager.SchemaUrn);
        Assert.Equal(("manager", "value"), (manager.Name, manager.SubAttribute));

        Assert.Throws<FilterSyntaxException>(() => FilterParser.ParsePath("members[value eq \"1\"] extra"));
    }
}
