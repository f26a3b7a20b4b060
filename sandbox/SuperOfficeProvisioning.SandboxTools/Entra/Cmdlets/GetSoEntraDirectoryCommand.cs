using System.Management.Automation;
using SuperOfficeProvisioning.SandboxTools.Entra.Directory;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Cmdlets;

/// <summary>
/// Shows which directory the session's Entra stand-in serves, and how many objects it holds. Stand-in helper for
/// the Get-Mg* stand-ins; Microsoft Graph PowerShell has no equivalent.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SoEntraDirectory")]
[OutputType(typeof(EntraDirectoryInfo))]
public sealed class GetSoEntraDirectoryCommand : PSCmdlet
{
    protected override void EndProcessing() => WriteObject(EntraPipeline.Summary(EntraPipeline.DirectoryFor(this)));
}
