using System.Text.Json.Serialization;

namespace SuperOfficeProvisioning.Sandbox.Scim;

/// <summary>Which users a <see cref="ScimRule"/> applies to.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScimRuleScope>))]
public enum ScimRuleScope
{
    /// <summary>Every user.</summary>
    AllUsers,

    /// <summary>Users who are members of <see cref="ScimRule.Group"/>.</summary>
    UsersInGroup,

    /// <summary>Users who are not members of <see cref="ScimRule.Group"/>.</summary>
    UsersNotInGroup,
}
