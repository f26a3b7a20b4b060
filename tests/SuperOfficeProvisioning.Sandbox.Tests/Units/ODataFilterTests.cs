using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.WebApi.OData;

namespace SuperOfficeProvisioning.Sandbox.Tests.Units;

public sealed class ODataFilterTests
{
    private static readonly string[] Fields = ["Name", "Rank", "Deleted", "Tooltip"];

    private static readonly JsonObject Row = new()
    {
        ["Name"] = "O'Brien",
        ["Rank"] = 5,
        ["Deleted"] = false,
        ["Tooltip"] = null,
    };

    [Theory]
    [InlineData("Name eq 'O''Brien'", true)]
    [InlineData("name EQ 'o''brien'", true)]
    [InlineData("Name ne 'O''Brien'", false)]
    [InlineData("Rank gt 4 and Rank le 5", true)]
    [InlineData("Rank lt 5 or Deleted eq false", true)]
    [InlineData("not (Rank ge 5)", false)]
    [InlineData("Rank eq 5.0", true)]
    [InlineData("Tooltip eq null", true)]
    [InlineData("startswith(Name,'O''B') and endswith(Name,'en') and contains(Name,'bri')", true)]
    [InlineData("contains(Tooltip,'x')", false)]
    [InlineData("Deleted eq true or (Rank eq 1 or Rank eq 5)", true)]
    public void Filters_evaluate_against_a_row(string filter, bool expected)
    {
        var parsed = ODataFilter.Parse(filter, Resolve);

        Assert.Equal(expected, parsed.Matches(Row));
    }

    [Theory]
    [InlineData("Name eq")]
    [InlineData("Name eq 'open")]
    [InlineData("(Name eq 'x'")]
    [InlineData("Name like 'x'")]
    [InlineData("Unknown eq 1")]
    [InlineData("Rank eq 1.")]
    [InlineData("Name eq 'x' extra")]
    [InlineData("Name eq 'x' § 1")]
    public void Malformed_filters_throw_FormatException(string filter)
    {
        Assert.Throws<FormatException>(() => ODataFilter.Parse(filter, Resolve));
    }

    private static string Resolve(string name) =>
        Fields.FirstOrDefault(field => field.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new FormatException($"Unknown field '{name}'.");
}
