using System;
using System.Management.Automation;
using SuperOfficeProvisioning.Applications;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Tenants;
using SuperOfficeProvisioning.Infrastructure;

namespace SuperOfficeProvisioning.Cmdlets;

/// <summary>Reads a tenant's state from SuperOffice's public tenant status API (no sign-in needed).</summary>
[Cmdlet(VerbsCommon.Get, "SoTenantStatus", DefaultParameterSetName = EnvironmentSet)]
[OutputType(typeof(TenantStatus))]
public sealed class GetSoTenantStatus : SoCmdlet
{
    private const string EnvironmentSet = "Environment";
    private const string AuthoritySet = "Authority";

    /// <summary>The tenant, e.g. Cust12345; the current connection's when omitted.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidatePattern("^[A-Za-z]+[0-9]+$")]
    public string? ContextIdentifier { get; set; }

    /// <summary>The SuperOffice environment to ask.</summary>
    [Parameter(ParameterSetName = EnvironmentSet)]
    [ValidateSet("sod", "qaonline", "online")]
    public string? Environment { get; set; }

    /// <summary>A SuperID host other than the three environments' (a local sandbox).</summary>
    [Parameter(Mandatory = true, ParameterSetName = AuthoritySet)]
    public Uri Authority { get; set; } = null!;

    /// <summary>SHA-256 thumbprint of a self-signed server certificate to trust (a local sandbox).</summary>
    [Parameter]
    [ValidatePattern("^[0-9A-Fa-f: ]{64,95}$")]
    public string? CertificateThumbprint { get; set; }

    /// <summary>The connection whose tenant, host and trusted certificate to use; the current one by default.</summary>
    [Parameter]
    public SoConnection? Connection { get; set; }

    protected override void ProcessRecord()
    {
        var connection = Connection ?? ConnectionRegistry.Current;
        var context = ContextIdentifier ?? connection?.ContextIdentifier;
        if (context is null)
        {
            ThrowTerminatingError(ErrorRecords.Create("ContextIdentifierMissing", SoErrorKind.InvalidArgument,
                "Which tenant? Pass -ContextIdentifier (e.g. Cust12345), or connect to its WebAPI first.", null));
        }

        var authority = Authority
            ?? (Environment is not null ? SuperIdEnvironment.AuthorityOf(Environment) : null)
            ?? connection?.Authority
            ?? SuperIdEnvironment.AuthorityOf("online");
        if (TryRun(token => ConnectionFactory.ReadTenantStatusAsync(connection, authority, context!, CertificateThumbprint, token), context, out var status))
        {
            WriteObject(OutputTypes.Tag(status, ApplicationOutputTypes.TenantStatus));
        }
    }
}
