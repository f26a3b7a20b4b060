namespace SuperOfficeProvisioning.Sandbox.Scim;

/// <summary>
/// A SCIM rule of the SuperOffice Identity Management Gateway: a scope (all users, users in a group, users not in a
/// group; the group named by its SCIM displayName, compared case-insensitively) and the SuperOffice fields it sets.
/// Rules run in list order on user create and update and on group membership changes; see the sandbox README.
/// </summary>
public sealed class ScimRule
{
    /// <summary>One rule that applies to every user and sets nothing: the gateway most tests and examples need.</summary>
    public static ScimRule AllUsers() => new() { Name = "All users" };

    /// <summary>A label for logs and documentation.</summary>
    public string? Name { get; set; }

    /// <summary>A deactivated rule (the gateway's "Deactivate rule") neither applies its settings nor lets users in.</summary>
    public bool Active { get; set; } = true;

    public ScimRuleScope AppliesTo { get; set; } = ScimRuleScope.AllUsers;

    /// <summary>The SCIM group's displayName; required unless <see cref="AppliesTo"/> is <see cref="ScimRuleScope.AllUsers"/>.</summary>
    public string? Group { get; set; }

    /// <summary>The user plan (licence), e.g. "SuperOffice CRM Sales Premium"; shown in LicenseOwners.</summary>
    public ScimRuleSetting<string>? UserPlan { get; set; }

    public ScimRuleSetting<string>? OwnerCompany { get; set; }

    /// <summary>The SuperOffice primary user group; shown in UserGroup.</summary>
    public ScimRuleSetting<string>? PrimaryGroup { get; set; }

    /// <summary>The SuperOffice secondary user groups; shown in OtherGroups.</summary>
    public ScimRuleSetting<List<string>>? SecondaryGroups { get; set; }

    public ScimRuleSetting<string>? Role { get; set; }

    public ScimRuleSetting<bool>? Confidential { get; set; }

    internal bool AppliesToMemberOf(IReadOnlySet<string> groupNames) => Active && AppliesTo switch
    {
        ScimRuleScope.UsersInGroup => groupNames.Contains(Group!),
        ScimRuleScope.UsersNotInGroup => !groupNames.Contains(Group!),
        _ => true,
    };
}
