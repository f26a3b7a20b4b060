using System.Management.Automation;
using SuperOfficeProvisioning.Sandbox;

namespace SuperOfficeProvisioning.SandboxTools.SandboxControl.Cmdlets;

/// <summary>
/// Returns the SuperOffice users of the session's sandbox as the WebAPI User archive shows them, with the role,
/// user groups and licences the SCIM rules gave them.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SoSandboxUser")]
[OutputType(typeof(SuperOfficeUserProjection))]
public sealed class GetSoSandboxUserCommand : PSCmdlet
{
    /// <summary>The tenant of a multi-tenant sandbox (Cust10001, …); the first when omitted.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ContextIdentifier { get; set; }

    public const string TypeName = "SuperOffice.SandboxUser";

    /// <summary>User names to return; wildcards allowed. Without it, all users.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("UserPrincipalName")]
    [SupportsWildcards]
    public string[]? UserName { get; set; }

    protected override void ProcessRecord()
    {
        var patterns = UserName?.Select(name => WildcardPattern.Get(name, WildcardOptions.IgnoreCase)).ToList();
        foreach (var user in SandboxSession.Require(this).Tenant(this, ContextIdentifier).GetSuperOfficeUsers())
        {
            if (patterns is null || patterns.Any(pattern => pattern.IsMatch(user.UserName)))
            {
                WriteObject(SandboxOutput.Stamp(user, TypeName));
            }
        }
    }
}
