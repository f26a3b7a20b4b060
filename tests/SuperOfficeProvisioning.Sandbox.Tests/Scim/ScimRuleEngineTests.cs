using System.Text.Json;
using SuperOfficeProvisioning.Sandbox.Scim;
using SuperOfficeProvisioning.Sandbox.Scim.Rules;

namespace SuperOfficeProvisioning.Sandbox.Tests.Scim;

public sealed class ScimRuleEngineTests
{
    private static readonly ScimRule Default = new()
    {
        Name = "Everyone",
        Role = new() { Value = "Standard user", Mode = ScimRuleMode.OnlyIfNotSet },
        OwnerCompany = new() { Value = "Acme", Mode = ScimRuleMode.OnlyIfNotSet },
    };

    private static readonly ScimRule Sales = new()
    {
        Name = "Sales",
        AppliesTo = ScimRuleScope.UsersInGroup,
        Group = "SuperOffice Sales",
        Role = new() { Value = "Sales rep", Mode = ScimRuleMode.Always },
        UserPlan = new() { Value = "SuperOffice CRM Sales Premium", Mode = ScimRuleMode.Always },
        SecondaryGroups = new() { Value = ["Sales", "EMEA"], Mode = ScimRuleMode.Always },
    };

    private static readonly ScimRule Support = new()
    {
        Name = "Support",
        AppliesTo = ScimRuleScope.UsersInGroup,
        Group = "SuperOffice Support",
        Role = new() { Value = "Support agent", Mode = ScimRuleMode.Always },
        PrimaryGroup = new() { Value = "Support", Mode = ScimRuleMode.OnlyIfNotSet },
    };

    private static readonly ScimRule Outsiders = new()
    {
        Name = "Not staff",
        AppliesTo = ScimRuleScope.UsersNotInGroup,
        Group = "Staff",
        Confidential = new() { Value = true, Mode = ScimRuleMode.Always },
    };

    private readonly ScimRuleEngine _engine = new([Default, Sales, Support, Outsiders]);

    [Fact]
    public void A_group_rule_applies_to_members_only_and_the_last_Always_rule_wins()
    {
        var plain = _engine.Apply(SuperOfficeFields.Empty, active: true, ["Staff"]);
        Assert.Equal("Standard user", plain.Role!.Value);
        Assert.Null(plain.UserPlan);
        Assert.Null(plain.Confidential);

        var both = _engine.Apply(SuperOfficeFields.Empty, active: true, ["superoffice sales", "SuperOffice Support", "Staff"]);
        Assert.Equal("Support agent", both.Role!.Value);
        Assert.Equal("SuperOffice CRM Sales Premium", both.UserPlan!.Value);
        Assert.Equal(["Sales", "EMEA"], both.SecondaryGroups!.Value);
        Assert.Equal("Support", both.PrimaryGroup!.Value);
    }

    [Fact]
    public void Leaving_the_group_withdraws_Always_values_and_falls_back_to_OnlyIfNotSet_rules()
    {
        var inSales = _engine.Apply(SuperOfficeFields.Empty, active: true, ["SuperOffice Sales", "Staff"]);
        Assert.Equal("Sales rep", inSales.Role!.Value);

        var left = _engine.Apply(inSales, active: true, ["Staff"]);

        Assert.Equal("Standard user", left.Role!.Value);
        Assert.Null(left.UserPlan);
        Assert.Null(left.SecondaryGroups);
        Assert.Equal("Acme", left.OwnerCompany!.Value);
    }

    [Fact]
    public void OnlyIfNotSet_values_stay_after_the_user_leaves_the_group()
    {
        var inSupport = _engine.Apply(SuperOfficeFields.Empty, active: true, ["SuperOffice Support", "Staff"]);
        var left = _engine.Apply(inSupport, active: true, ["Staff"]);

        Assert.Equal("Support", left.PrimaryGroup!.Value);
    }

    [Fact]
    public void Users_not_in_a_group_are_matched_by_the_except_rule()
    {
        Assert.True(_engine.Apply(SuperOfficeFields.Empty, active: true, []).Confidential!.Value);
        Assert.Null(_engine.Apply(SuperOfficeFields.Empty, active: true, ["staff"]).Confidential);
    }

    [Fact]
    public void An_inactive_user_holds_no_user_plan_and_gets_it_back_on_reactivation()
    {
        var active = _engine.Apply(SuperOfficeFields.Empty, active: true, ["SuperOffice Sales"]);

        var inactive = _engine.Apply(active, active: false, ["SuperOffice Sales"]);
        Assert.Null(inactive.UserPlan);
        Assert.Equal("Sales rep", inactive.Role!.Value);

        var reactivated = _engine.Apply(inactive, active: true, ["SuperOffice Sales"]);
        Assert.Equal("SuperOffice CRM Sales Premium", reactivated.UserPlan!.Value);
    }

    [Fact]
    public void A_group_rule_without_a_group_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ScimRuleEngine([new ScimRule { AppliesTo = ScimRuleScope.UsersInGroup }]));
    }

    [Fact]
    public void Rules_read_from_JSON_with_enum_names_as_strings()
    {
        const string json = """
            [
              { "Name": "Everyone", "Role": { "Value": "Standard user", "Mode": "OnlyIfNotSet" } },
              { "Name": "Sales", "AppliesTo": "UsersInGroup", "Group": "SuperOffice Sales",
                "UserPlan": { "Value": "SuperOffice CRM Sales Premium" },
                "SecondaryGroups": { "Value": ["Nordic", "Key accounts"], "Mode": "Always" },
                "Confidential": { "Value": true, "Mode": "OnlyIfNotSet" } }
            ]
            """;

        var rules = JsonSerializer.Deserialize<List<ScimRule>>(json)!;

        Assert.Equal(ScimRuleScope.AllUsers, rules[0].AppliesTo);
        Assert.Equal(ScimRuleMode.OnlyIfNotSet, rules[0].Role!.Mode);
        Assert.Equal((ScimRuleScope.UsersInGroup, "SuperOffice Sales"), (rules[1].AppliesTo, rules[1].Group));
        Assert.Equal(ScimRuleMode.Always, rules[1].UserPlan!.Mode);
        Assert.Equal(["Nordic", "Key accounts"], rules[1].SecondaryGroups!.Value);
        Assert.True(rules[1].Confidential!.Value);
        Assert.Contains("\"AppliesTo\":\"UsersInGroup\"", JsonSerializer.Serialize(rules[1]));
    }
}
