using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Infrastructure;

namespace SuperOfficeProvisioning.Cmdlets;

/// <summary>Reads SuperOffice users from the SCIM gateway: by user name, external id, a SCIM filter, or all.</summary>
[Cmdlet(VerbsCommon.Get, "SoUser", DefaultParameterSetName = AllSet)]
[OutputType(typeof(SoUser))]
public sealed class GetSoUser : SoConnectedCmdlet
{
    private const string AllSet = "All";
    private const string UserNameSet = "UserName";
    private const string ExternalIdSet = "ExternalId";
    private const string FilterSet = "Filter";

    /// <summary>The user name (UserPrincipalName) to find; matched exactly, case-insensitively.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = UserNameSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("UserPrincipalName")]
    [ValidateNotNullOrEmpty]
    public string UserName { get; set; } = null!;

    /// <summary>The external id (the Entra object id) to find.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ExternalIdSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string ExternalId { get; set; } = null!;

    /// <summary>A SCIM filter expression (RFC 7644), e.g. 'active eq false'.</summary>
    [Parameter(Mandatory = true, ParameterSetName = FilterSet)]
    [ValidateNotNullOrEmpty]
    public string Filter { get; set; } = null!;

    protected override void ProcessRecord()
    {
        var filter = ParameterSetName switch
        {
            UserNameSet => ScimFilter.Equal("userName", UserName),
            ExternalIdSet => ScimFilter.Equal("externalId", ExternalId),
            FilterSet => Filter,
            _ => null,
        };
        var client = RequireScim().CreateScimClient();
        var found = 0;
        var target = (object?)UserName ?? (object?)ExternalId ?? Filter;
        var succeeded = TryRun(
            token => client.ForEachUserPageAsync(filter, page =>
            {
                Interlocked.Add(ref found, page.Count);
                foreach (var user in page)
                {
                    Emit(OutputTypes.Tag(user, OutputTypes.User));
                }

                return Task.CompletedTask;
            }, token),
            target);

        if (!succeeded)
        {
            return;
        }

        if (found == 0 && ParameterSetName is UserNameSet or ExternalIdSet)
        {
            var key = ParameterSetName == UserNameSet ? UserName : ExternalId;
            WriteError(ErrorRecords.Create("UserNotFound", SoErrorKind.NotFound, $"No SuperOffice user has the {ParameterSetName} '{key}'.", key));
        }
    }
}
