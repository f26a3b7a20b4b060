using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Hosting;
using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Engine.Users;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Users;

/// <summary>The user planner decides from what the tenant held, without a server: what -WhatIf shows is what runs.</summary>
public sealed class UserPlannerTests
{
    private static readonly SoGroup Sales = new() { ScimId = "g-sales", DisplayName = "Sales" };
    private static readonly SoGroup Support = new() { ScimId = "g-support", DisplayName = "Support" };

    [Fact]
    public void A_new_user_is_created_in_its_groups_and_a_missing_group_fails_it_before_anything_is_sent()
    {
        var fresh = Draft("fresh");
        var lost = Draft("lost");

        var plan = UserPlanner.Create(
            new[] { (fresh, Groups("Sales")), (lost, Groups("Nowhere")) },
            Existing((fresh, null), (lost, null)),
            new Dictionary<string, SoGroup?>(StringComparer.OrdinalIgnoreCase) { ["Sales"] = Sales, ["Nowhere"] = null },
            new Dictionary<string, ISet<string>>());

        Assert.Equal(UserChangeKind.Create, plan.Changes[0].Kind);
        Assert.Equal("Create SuperOffice user in Sales", plan.Changes[0].Action);
        Assert.Equal(UserChangeKind.Fail, plan.Changes[1].Kind);
        Assert.Equal("GroupNotFound", plan.Changes[1].Error!.ErrorId);
        Assert.Single(plan.Writes);
    }

    [Fact]
    public void An_existing_user_fails_as_existing_unless_a_requested_group_lacks_it_which_it_joins_group_by_group()
    {
        var member = Draft("member");
        var outsider = Draft("outsider");
        var plan = UserPlanner.Create(
            new[] { (member, Groups("Sales")), (outsider, Groups("Sales", "Support")) },
            Existing((member, User("member", "u1")), (outsider, User("outsider", "u2"))),
            new Dictionary<string, SoGroup?>(StringComparer.OrdinalIgnoreCase) { ["Sales"] = Sales, ["Support"] = Support },
            new Dictionary<string, ISet<string>> { ["g-sales"] = new HashSet<string> { "u1", "u2" }, ["g-support"] = new HashSet<string>() });
        var host = new AnsweringHost(target => target.StartsWith("outsider", StringComparison.Ordinal));

        plan.Confirm(host);

        Assert.Equal(SoErrorKind.AlreadyExists, plan.Changes[0].Error?.Kind);
        Assert.Equal(UserChangeKind.CompleteMembership, plan.Changes[1].Kind);
        Assert.Equal(new[] { Support }, plan.Changes[1].Groups);
        Assert.Equal(new[] { "Add existing SuperOffice user to SCIM group 'Support'" }, host.Actions);
        Assert.Equal(new[] { Support }, plan.Changes[1].ApprovedGroups);
    }

    [Fact]
    public void An_update_sends_only_what_differs_and_a_declined_one_is_not_approved()
    {
        var same = Draft("same", department: "Sales");
        var moved = Draft("moved", department: "Support");
        var missing = Draft("missing");
        var plan = UserPlanner.Update(new[] { same, moved, missing }, Existing((same, User("same", "1", "Sales")), (moved, User("moved", "2", "Sales")), (missing, null)));

        plan.Confirm(new AnsweringHost(_ => false));

        Assert.Equal(new[] { UserChangeKind.Unchanged, UserChangeKind.Update, UserChangeKind.Fail }, plan.Changes.Select(c => c.Kind));
        Assert.Equal("Update Department", plan.Changes[1].Action);
        Assert.False(plan.Changes[1].Approved);
        Assert.Equal("UserNotFound", plan.Changes[2].Error!.ErrorId);
    }

    [Fact]
    public void Removing_a_disabled_user_is_nothing_to_do_and_delete_asks_to_delete()
    {
        var disabled = Draft("disabled");
        var active = Draft("active");
        var existing = Existing((disabled, User("disabled", "1", enabled: false)), (active, User("active", "2")));

        var soft = UserPlanner.Remove(new[] { disabled, active }, existing, delete: false);
        var hard = UserPlanner.Remove(new[] { disabled }, existing, delete: true);

        Assert.Equal(new[] { UserChangeKind.Unchanged, UserChangeKind.Disable }, soft.Changes.Select(c => c.Kind));
        Assert.Equal("active", (string?)soft.Changes[1].Operations.Single()["path"]);
        Assert.Equal("Delete SuperOffice user", Assert.Single(hard.Writes).Action);
    }

    [Fact]
    public void A_failed_lookup_is_told_to_every_user_of_the_batch_and_nothing_is_written()
    {
        var plan = UserPlanner.LookupFailed(new[] { Draft("a"), Draft("b") }, new SoException("ScimServerError", SoErrorKind.ServerError, "The gateway failed."));

        Assert.All(plan.Changes, change => Assert.Contains("was not processed: The gateway failed.", change.Error!.Message));
        Assert.Empty(plan.Writes);
    }

    private static IReadOnlyList<string> Groups(params string[] names) => names;

    private static Dictionary<UserDraft, SoUser?> Existing(params (UserDraft Draft, SoUser? User)[] pairs) => pairs.ToDictionary(p => p.Draft, p => p.User);

    private static SoUser User(string name, string id, string? department = null, bool enabled = true) =>
        new() { ScimId = id, UserName = name + "@contoso.example", Department = department, Enabled = enabled };

    private static UserDraft Draft(string name, string? department = null)
    {
        var values = new Dictionary<string, object?> { ["UserName"] = name + "@contoso.example" };
        if (department is not null)
        {
            values["Department"] = department;
        }

        return UserInputReader.Read(values, 1, null, requireUserName: true);
    }

    private sealed class AnsweringHost(Func<string, bool> approves) : IOperationHost<UserOutcome>
    {
        public List<string> Actions { get; } = new();

        public WriteDecision Confirm(string target, string action)
        {
            Actions.Add(action);
            return approves(target) ? WriteDecision.Write : WriteDecision.Declined;
        }

        public void Progress(string activity, int done, int total)
        {
        }

        public void Report(UserOutcome result)
        {
        }

        public void Failed(UserOutcome result, SoException error)
        {
        }
    }
}
