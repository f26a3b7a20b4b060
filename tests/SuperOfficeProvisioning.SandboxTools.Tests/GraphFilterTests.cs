using SuperOfficeProvisioning.SandboxTools.Entra.Query;

namespace SuperOfficeProvisioning.SandboxTools.Tests;

public sealed class GraphFilterTests
{
    private static readonly Dictionary<string, object?> User = new()
    {
        ["displayName"] = "Åse O'Brien",
        ["accountEnabled"] = false,
        ["mail"] = null,
        ["businessPhones"] = new object[] { "+47 1" },
    };

    [Theory]
    [InlineData("displayName eq 'åse o''brien'", true)]
    [InlineData("displayName ne 'Åse O''Brien'", false)]
    [InlineData("accountEnabled eq false and mail eq null", true)]
    [InlineData("accountEnabled eq 'false'", false)]
    [InlineData("displayName in ('Someone', 'ÅSE O''BRIEN')", true)]
    [InlineData("mail in ('a@b.example', null)", true)]
    [InlineData("startsWith(displayName,'å') and endsWith(displayName,'BRIEN')", true)]
    [InlineData("startsWith(mail,'a') or not (accountEnabled eq true)", true)]
    [InlineData("businessPhones eq '+47 1'", false)]
    public void Filters_match_as_Entra_compares(string filter, bool expected)
    {
        Assert.Equal(expected, GraphFilter.Parse(filter).Matches(name => User[name]));
    }

    [Theory]
    [InlineData("department eq", "expected a quoted string, true, false or null at position 13")]
    [InlineData("accountEnabled eq 1", "expected a quoted string, true, false or null at position 18")]
    [InlineData("displayName gt 'a'", "expected eq, ne or in after 'displayName' at position 12")]
    [InlineData("contains(displayName,'a')", "the function 'contains' is not supported at position 8")]
    [InlineData("displayName in ('a'", "expected ')' at position 19")]
    [InlineData("displayName eq 'a", "unterminated string at position 15")]
    [InlineData("displayName eq 'a' ; x", "unexpected ';' at position 19")]
    [InlineData("displayName eq 'a' x", "expected the end of the filter at position 19")]
    public void Malformed_filters_are_Graphs_BadRequest(string filter, string reason)
    {
        var refusal = Assert.Throws<GraphQueryException>(() => GraphFilter.Parse(filter));

        Assert.Equal("BadRequest", refusal.ErrorCode);
        Assert.Equal($"Invalid filter clause: {reason} in \"{filter}\".", refusal.Message);
    }

    [Fact]
    public void Property_names_are_looked_up_only_as_the_filter_runs()
    {
        var filter = GraphFilter.Parse("shoeSize eq '42'");

        Assert.Throws<KeyNotFoundException>(() => filter.Matches(name => User[name]));
    }
}
