namespace SuperOfficeProvisioning.Sandbox.Scim.Rules;

/// <summary>A SuperOffice field's value and the mode of the rule setting that wrote it (which decides whether it can be withdrawn).</summary>
internal sealed record RuleValue<T>(T Value, ScimRuleMode SetBy);

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
