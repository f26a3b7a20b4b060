namespace SuperOfficeProvisioning.Sandbox.Scim;

/// <summary>A value a rule sets, and when.</summary>
public sealed class ScimRuleSetting<T>
{
    public T Value { get; set; } = default!;

    public ScimRuleMode Mode { get; set; } = ScimRuleMode.Always;
}
