using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Apps;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Apps;

public sealed class FieldDiffTests
{
    private static readonly JObject Desired = new()
    {
        ["Name"] = "Invoices",
        ["Url"] = "https://acme.example/contact",
        ["Rank"] = 10,
        ["OnTravel"] = false,
        ["UrlEncoding"] = "UTF8",
        ["Deleted"] = false,
    };

    [Fact]
    public void Equal_values_give_no_difference_and_unmanaged_fields_are_ignored()
    {
        var current = (JObject)Desired.DeepClone();
        current["Tooltip"] = "set by hand";
        current["WebPanelId"] = 7;

        Assert.Empty(Match.Compare(Desired, current));
    }

    [Fact]
    public void Each_differing_field_is_named_with_both_values()
    {
        var current = (JObject)Desired.DeepClone();
        current["Url"] = "https://old.example/";
        current["Rank"] = 3;
        current["Deleted"] = true;

        var differences = Match.Compare(Desired, current);

        Assert.Equal(new[] { "Url", "Rank", "Deleted" }, differences.Select(d => d.Field));
        var url = differences[0];
        Assert.Equal("https://old.example/", url.Current);
        Assert.Equal("https://acme.example/contact", url.Desired);
        Assert.Equal("Rank: 3 -> 10", differences[1].ToString());
    }

    [Fact]
    public void Text_compares_exactly_but_url_encoding_as_the_server_spells_it()
    {
        var current = (JObject)Desired.DeepClone();
        current["Name"] = "invoices";
        current["UrlEncoding"] = "utf8";

        Assert.Equal(new[] { "Name" }, Match.Compare(Desired, current).Select(d => d.Field));
    }

    [Fact]
    public void A_missing_or_null_field_differs_unless_an_empty_text_is_wanted()
    {
        var desired = new JObject { ["Tooltip"] = string.Empty, ["Rank"] = 1 };

        var differences = Match.Compare(desired, new JObject { ["Rank"] = null });

        Assert.Equal(new[] { "Rank" }, differences.Select(d => d.Field));
        Assert.Null(differences[0].Current);
    }

    [Fact]
    public void Everything_differs_from_nothing()
    {
        Assert.Equal(Desired.Count, Match.Compare(Desired, null).Count);
    }

    [Fact]
    public void The_match_prefers_an_object_that_is_not_deleted_then_the_oldest()
    {
        var candidates = new[]
        {
            new JObject { ["Id"] = 3, ["Deleted"] = false },
            new JObject { ["Id"] = 1, ["Deleted"] = true },
            new JObject { ["Id"] = 5, ["Deleted"] = false },
        };

        var match = Match.Pick(candidates, "Id");

        Assert.Equal(3, (int)match.Found!["Id"]!);
        Assert.Equal(new[] { 5, 1 }, match.Duplicates.Select(d => (int)d["Id"]!));
    }

    [Fact]
    public void No_candidates_is_no_match()
    {
        var match = Match.Pick(Array.Empty<JObject>(), "Id");

        Assert.Null(match.Found);
        Assert.Empty(match.Duplicates);
    }
}
