namespace SuperOfficeProvisioning.Sandbox.Scim.Rules;

/// <summary>
/// Runs the gateway's SCIM rules for one user. For every field, independently:
/// <list type="number">
/// <item>A value written by an "Always" setting is withdrawn (emptied) when no applying rule sets that field "Always".</item>
/// <item>The applying rules then run in order: "OnlyIfNotSet" writes the field only while it is empty, "Always"
/// overwrites it, so the last applying "Always" rule wins.</item>
/// </list>
/// An inactive user holds no user plan: deactivation frees the licence, and reactivation takes one from the rules again.
/// </summary>
internal sealed class ScimRuleEngine
{
    private readonly IReadOnlyList<ScimRule> _rules;

    public ScimRuleEngine(IEnumerable<ScimRule> rules)
    {
        _rules = rules.ToList();
        foreach (var rule in _rules)
        {
            if (rule.AppliesTo != ScimRuleScope.AllUsers && string.IsNullOrWhiteSpace(rule.Group))
            {
                throw new ArgumentException($"The SCIM rule '{rule.Name}' applies to {rule.AppliesTo} but names no group.", nameof(rules));
            }
        }
    }

    /// <summary>
    /// Whether an active rule applies to a member of these groups: only then does the user reach SuperOffice
    /// (identity-management/scim/setup/enable-auto-sync.md).
    /// </summary>
    public bool Covers(IEnumerable<string> groupNames)
    {
        var names = groupNames as IReadOnlySet<string> ?? new HashSet<string>(groupNames, StringComparer.OrdinalIgnoreCase);
        return _rules.Any(rule => rule.AppliesToMemberOf(names));
    }

    public SuperOfficeFields Apply(SuperOfficeFields current, bool active, IEnumerable<string> groupNames)
    {
        var names = groupNames as IReadOnlySet<string> ?? new HashSet<string>(groupNames, StringComparer.OrdinalIgnoreCase);
        var applying = _rules.Where(rule => rule.AppliesToMemberOf(names)).ToList();
        return new SuperOfficeFields
        {
            UserPlan = active ? Resolve(current.UserPlan, applying.Select(rule => rule.UserPlan)) : null,
            OwnerCompany = Resolve(current.OwnerCompany, applying.Select(rule => rule.OwnerCompany)),
            PrimaryGroup = Resolve(current.PrimaryGroup, applying.Select(rule => rule.PrimaryGroup)),
            SecondaryGroups = Resolve(current.SecondaryGroups, applying.Select(rule => rule.SecondaryGroups)),
            Role = Resolve(current.Role, applying.Select(rule => rule.Role)),
            Confidential = Resolve(current.Confidential, applying.Select(rule => rule.Confidential)),
        };
    }

    private static RuleValue<T>? Resolve<T>(RuleValue<T>? current, IEnumerable<ScimRuleSetting<T>?> settings)
    {
        var applying = settings.OfType<ScimRuleSetting<T>>().ToList();
        var value = current is { SetBy: ScimRuleMode.Always } && applying.All(setting => setting.Mode != ScimRuleMode.Always)
            ? null
            : current;

        foreach (var setting in applying)
        {
            if (setting.Mode == ScimRuleMode.Always || value is null)
            {
                value = new RuleValue<T>(setting.Value, setting.Mode);
            }
        }

        return value;
    }
}
