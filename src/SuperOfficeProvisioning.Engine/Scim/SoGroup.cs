using System;
using System.Collections.Generic;

namespace SuperOfficeProvisioning.Engine.Scim;

/// <summary>A SCIM group: its id, Entra object id (externalId), name and member ids.</summary>
public sealed class SoGroup
{
    public string ScimId { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string? ExternalId { get; set; }

    /// <summary>SCIM ids of the members; empty when the group was read without its members.</summary>
    public HashSet<string> MemberIds { get; } = new HashSet<string>(StringComparer.Ordinal);

    public override string ToString() => DisplayName;
}
