using System.Text.Json.Serialization;

namespace SuperOfficeProvisioning.Sandbox.Scim;

/// <summary>When a rule's setting is written to the SuperOffice user.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScimRuleMode>))]
public enum ScimRuleMode
{
    /// <summary>Written only while the SuperOffice field is empty; once written it stays, whatever the memberships do later.</summary>
    OnlyIfNotSet,

    /// <summary>Written every time the rule runs; withdrawn when no rule with "Always" for that field applies any more.</summary>
    Always,
}
