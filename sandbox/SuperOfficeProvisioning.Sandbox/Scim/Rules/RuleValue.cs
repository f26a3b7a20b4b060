namespace SuperOfficeProvisioning.Sandbox.Scim.Rules;

/// <summary>A SuperOffice field's value and the mode of the rule setting that wrote it (which decides whether it can be withdrawn).</summary>
internal sealed record RuleValue<T>(T Value, ScimRuleMode SetBy);
