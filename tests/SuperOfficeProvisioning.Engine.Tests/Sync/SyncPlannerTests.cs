using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Engine.Sync;
using SuperOfficeProvisioning.Engine.Users;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Sync;

public sealed class SyncPlannerTests
{
    private static UserDraft Member(string userName, string externalId, string? jobTitle = null, bool enabled = true)
    {
        var values = new Dictionary<string, object?> { ["UserName"] = userName, ["ExternalId"] = externalId, ["Enabled"] = enabled };
        if (jobTitle is not null)
        {
            values["JobTitle"] = jobTitle;
        }

        return UserInputReader.Read(values, 1, null, requireUserName: true);
    }

    private static SoUser User(string id, string userName, string externalId, string? jobTitle = null, bool enabled = true) =>
        new() { ScimId = id, UserName = userName, ExternalId = externalId, JobTitle = jobTitle, Enabled = enabled };

    private static SoGroup Group(params string[] memberIds)
    {
        var group = new SoGroup { ScimId = "g1", DisplayName = "SuperOffice Sales" };
        foreach (var id in memberIds)
        {
            group.MemberIds.Add(id);
        }

        return group;
    }

    [Fact]
    public void An_unchanged_group_plans_nothing()
    {
        var plan = SyncPlanner.Plan(
            new[] { Member("a@x.example", "oa", "Seller") },
            Group("1"),
            new[] { User("1", "a@x.example", "oa", "Seller") },
            RemovedMemberAction.RemoveFromGroup);

        Assert.Empty(plan.All);
        Assert.Equal(1, plan.Unchanged);
        Assert.False(plan.CreatesGroup);
    }

    [Fact]
    public void A_joiner_is_created_and_added()
    {
        var plan = SyncPlanner.Plan(new[] { Member("new@x.example", "on") }, Group(), Array.Empty<SoUser>(), RemovedMemberAction.RemoveFromGroup);

        var create = Assert.Single(plan.UserChanges);
        Assert.Equal(SyncAction.CreateUser, create.Action);
        Assert.Equal("new@x.example", create.Attributes["userName"]);
        Assert.Equal(SyncAction.AddMember, Assert.Single(plan.MemberAdds).Action);
    }

    [Fact]
    public void Users_match_on_external_id_before_user_name()
    {
        // The UPN changed in Entra: the same person, so an update, not a second user.
        var plan = SyncPlanner.Plan(new[] { Member("renamed@x.example", "oa") }, Group("1"), new[] { User("1", "old@x.example", "oa") }, RemovedMemberAction.RemoveFromGroup);

        var update = Assert.Single(plan.UserChanges);
        Assert.Equal(SyncAction.UpdateUser, update.Action);
        Assert.Equal("renamed@x.example", update.Attributes["userName"]);
    }

    [Fact]
    public void A_disabled_user_who_is_wanted_is_reactivated()
    {
        var plan = SyncPlanner.Plan(new[] { Member("a@x.example", "oa") }, Group("1"), new[] { User("1", "a@x.example", "oa", enabled: false) }, RemovedMemberAction.RemoveFromGroup);

        Assert.Equal(SyncAction.ReactivateUser, Assert.Single(plan.UserChanges).Action);
    }

    [Theory]
    [InlineData(RemovedMemberAction.RemoveFromGroup, new[] { SyncAction.RemoveMember })]
    [InlineData(RemovedMemberAction.Disable, new[] { SyncAction.RemoveMember, SyncAction.DisableUser })]
    [InlineData(RemovedMemberAction.Delete, new[] { SyncAction.DeleteUser })]
    public void A_leaver_is_handled_as_asked(RemovedMemberAction action, SyncAction[] expected)
    {
        var plan = SyncPlanner.Plan(new[] { Member("a@x.example", "oa") }, Group("1", "2"), new[] { User("1", "a@x.example", "oa"), User("2", "gone@x.example", "og") }, action);

        Assert.Equal(expected, plan.All.Select(c => c.Action));
        Assert.All(plan.All, c => Assert.Equal("gone@x.example", c.Target));
        Assert.Equal(1, plan.Removals);
    }

    [Fact]
    public void A_missing_group_is_planned_for_creation()
    {
        var plan = SyncPlanner.Plan(new[] { Member("a@x.example", "oa") }, null, new[] { User("1", "a@x.example", "oa") }, RemovedMemberAction.RemoveFromGroup);

        Assert.True(plan.CreatesGroup);
        Assert.Equal("1", Assert.Single(plan.MemberAdds).ScimId);
    }

    [Theory]
    [InlineData(RemovedMemberAction.RemoveFromGroup)]
    [InlineData(RemovedMemberAction.Disable)]
    [InlineData(RemovedMemberAction.Delete)]
    public void A_member_whose_row_could_not_be_read_is_kept_as_it_is(RemovedMemberAction action)
    {
        var held = UserInputReader.Read(new Dictionary<string, object?> { ["ExternalId"] = "ob" }, 2, null, requireUserName: false);

        var plan = SyncPlanner.Plan(
            new[] { Member("a@x.example", "oa") },
            Group("1", "2"),
            new[] { User("1", "a@x.example", "oa"), User("2", "b@x.example", "ob", jobTitle: "Old") },
            action,
            new[] { held });

        Assert.Empty(plan.All);
        Assert.Equal(1, plan.Held);
        Assert.Equal(0, plan.RemovalsWithheld);
    }

    [Fact]
    public void A_row_naming_no_user_withholds_every_removal()
    {
        var plan = SyncPlanner.Plan(
            new[] { Member("a@x.example", "oa") },
            Group("1", "2", "3"),
            new[] { User("1", "a@x.example", "oa"), User("2", "b@x.example", "ob"), User("3", "c@x.example", "oc") },
            RemovedMemberAction.Delete,
            unidentifiedRows: 1);

        Assert.Empty(plan.All);
        Assert.Equal(2, plan.RemovalsWithheld);
    }
}
