namespace SuperOfficeProvisioning.SandboxTools.Entra.Graph;

/// <summary>
/// The type names Microsoft Graph PowerShell gives its objects. The stand-in's objects carry them first in their
/// PSObject type names, so Get-Member, format views and type checks in scripts see Graph's names.
/// </summary>
public static class GraphTypeNames
{
    public const string User = "Microsoft.Graph.PowerShell.Models.MicrosoftGraphUser";
    public const string Group = "Microsoft.Graph.PowerShell.Models.MicrosoftGraphGroup";
    public const string DirectoryObject = "Microsoft.Graph.PowerShell.Models.MicrosoftGraphDirectoryObject";
}
