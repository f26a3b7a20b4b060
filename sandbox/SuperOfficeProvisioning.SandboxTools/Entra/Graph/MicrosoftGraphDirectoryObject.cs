using System.Management.Automation;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Graph;

/// <summary>
/// Stands in for Microsoft Graph PowerShell's <c>MicrosoftGraphDirectoryObject</c>, the type Get-MgGroupMember
/// returns: whatever the member is, only <see cref="Id"/> and <see cref="DeletedDateTime"/> are typed, and the rest
/// of Graph's JSON, <c>@odata.type</c> included, sits in <see cref="AdditionalProperties"/> under camelCase keys.
/// </summary>
public class MicrosoftGraphDirectoryObject
{
    public string? Id { get; set; }

    public DateTime? DeletedDateTime { get; set; }

    public IDictionary<string, object?> AdditionalProperties { get; set; } = new Dictionary<string, object?>();

    /// <summary>The name Graph PowerShell gives this kind of object; see <see cref="GraphTypeNames"/>.</summary>
    internal virtual string GraphTypeName => GraphTypeNames.DirectoryObject;

    public override string ToString() => GraphTypeName;

    /// <summary>Wraps the object for the pipeline with Graph's type name first, as Get-Member then shows it.</summary>
    internal PSObject ToPSObject()
    {
        var wrapped = PSObject.AsPSObject(this);
        wrapped.TypeNames.Insert(0, GraphTypeName);
        return wrapped;
    }
}
