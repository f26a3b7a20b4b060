using System.Management.Automation;
using SuperOfficeProvisioning.SandboxTools.Entra.Directory;
using SuperOfficeProvisioning.SandboxTools.Entra.Graph;
using SuperOfficeProvisioning.SandboxTools.Entra.Query;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Cmdlets;

/// <summary>
/// Adds a user to the session's Entra stand-in directory, optionally into groups. Stand-in helper for examples and
/// tests that change the directory between syncs; with real Entra ID you would use New-MgUser and
/// New-MgGroupMember from Microsoft Graph PowerShell.
/// </summary>
[Cmdlet(VerbsCommon.Add, "SoEntraUser", SupportsShouldProcess = true)]
[OutputType(typeof(MicrosoftGraphUser))]
public sealed class AddSoEntraUserCommand : EntraUserPropertiesCommandBase
{
    /// <summary>The new user's user principal name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string UserPrincipalName { get; set; } = string.Empty;

    /// <summary>The object id; by default a GUID derived from the user principal name, the same in every run.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    /// <summary>Groups (id or display name) to add the new user to.</summary>
    [Parameter]
    public string[] Group { get; set; } = [];

    protected override void ProcessRecord()
    {
        var directory = EntraPipeline.DirectoryFor(this);
        var groups = new List<DirectoryGroup>();
        foreach (var name in Group)
        {
            var group = directory.FindGroupByIdOrName(name);
            if (group is null)
            {
                WriteError(EntraPipeline.NotFound("group", name));
                return;
            }

            groups.Add(group);
        }

        var localPart = UserPrincipalName.Split('@')[0];
        var user = ApplyBoundProperties(new DirectoryUser
        {
            Id = Id ?? DeterministicGuid.FromName(UserPrincipalName).ToString(),
            UserPrincipalName = UserPrincipalName,
            DisplayName = UserPrincipalName,
            Mail = UserPrincipalName,
            MailNickname = localPart,
            CreatedDateTime = DateTimeOffset.UtcNow,
        });
        if (!IsBound(nameof(DisplayName)) && (user.GivenName is not null || user.Surname is not null))
        {
            user = user with { DisplayName = $"{user.GivenName} {user.Surname}".Trim() };
        }

        if (!ShouldProcess(UserPrincipalName, "Add user to the Entra stand-in directory"))
        {
            return;
        }

        try
        {
            directory.AddUser(user);
        }
        catch (InvalidOperationException ex)
        {
            WriteError(EntraPipeline.Conflict(ex, UserPrincipalName));
            return;
        }

        foreach (var group in groups)
        {
            directory.AddMember(group.Id, user.Id);
        }

        WriteObject(GraphProjection.ToGraphUser(user, GraphSchemas.User.Properties).ToPSObject());
    }
}
