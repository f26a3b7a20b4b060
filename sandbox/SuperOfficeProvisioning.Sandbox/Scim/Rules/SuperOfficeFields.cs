namespace SuperOfficeProvisioning.Sandbox.Scim.Rules;

/// <summary>The SuperOffice fields SCIM rules control for one user; null means not set.</summary>
internal sealed record SuperOfficeFields
{
    public static readonly SuperOfficeFields Empty = new();

    public RuleValue<string>? UserPlan { get; init; }

    public RuleValue<string>? OwnerCompany { get; init; }

    public RuleValue<string>? PrimaryGroup { get; init; }

    public RuleValue<List<string>>? SecondaryGroups { get; init; }

    public RuleValue<string>? Role { get; init; }

    public RuleValue<bool>? Confidential { get; init; }
}
