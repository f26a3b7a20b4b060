namespace SuperOfficeProvisioning.SandboxTools.Entra.Graph;

/// <summary>Stands in for Microsoft Graph PowerShell's <c>MicrosoftGraphGroup</c>.</summary>
public sealed class MicrosoftGraphGroup : MicrosoftGraphDirectoryObject
{
    internal override string GraphTypeName => GraphTypeNames.Group;

    public DateTime? CreatedDateTime { get; set; }

    public string? Description { get; set; }

    public string? DisplayName { get; set; }

    public string[]? GroupTypes { get; set; }

    public string? Mail { get; set; }

    public bool? MailEnabled { get; set; }

    public string? MailNickname { get; set; }

    public bool? SecurityEnabled { get; set; }
}
