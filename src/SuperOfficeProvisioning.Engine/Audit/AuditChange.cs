using System.Collections.Generic;

namespace SuperOfficeProvisioning.Engine.Audit;

/// <summary>One change as the audit log tells it: what is done to whom, and the values it sets.</summary>
public sealed class AuditChange
{
    public AuditChange(string action, string target)
    {
        Action = action;
        Target = target;
    }

    /// <summary>CreateUser, UpdateUser, AddMember, CreateObject, ... (the plan's action names).</summary>
    public string Action { get; }

    /// <summary>The user name, group name or application object the change is about.</summary>
    public string Target { get; }

    /// <summary>The SCIM group's display name, for user and membership changes made for a group.</summary>
    public string? Group { get; set; }

    /// <summary>The SCIM group's id, so a membership change can be checked against the group later.</summary>
    public string? GroupId { get; set; }

    /// <summary>The SCIM id of the user (or group) changed, once known.</summary>
    public string? ScimId { get; set; }

    /// <summary>The application an application object belongs to.</summary>
    public string? Application { get; set; }

    /// <summary>List, ListItem, WebPanel or Button, for application objects.</summary>
    public string? Kind { get; set; }

    /// <summary>The WebAPI id of an application object, once known.</summary>
    public string? ObjectId { get; set; }

    /// <summary>Attribute path → new value, as sent.</summary>
    public IDictionary<string, string?>? Attributes { get; set; }
}
