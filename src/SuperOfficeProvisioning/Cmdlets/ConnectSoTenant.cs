using System;
using System.Management.Automation;
using System.Security;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;
using SuperOfficeProvisioning.Infrastructure;

namespace SuperOfficeProvisioning.Cmdlets;

/// <summary>Makes a SuperOffice tenant the session's current connection.</summary>
[Cmdlet(VerbsCommunications.Connect, "SoTenant", DefaultParameterSetName = ScimSet)]
[OutputType(typeof(SoConnection))]
public sealed class ConnectSoTenant : SoCmdlet
{
    private const string ScimSet = "Scim";
    private const string AccessTokenSet = "AccessToken";

    /// <summary>The SCIM gateway's Tenant URL, as shown on its "SCIM Sync Config" page.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ScimSet)]
    public Uri ScimUrl { get; set; } = null!;

    /// <summary>The SCIM gateway's Secret Token.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ScimSet)]
    public SecureString ScimToken { get; set; } = null!;

    /// <summary>The tenant's WebAPI base, e.g. https://online.superoffice.com/Cust12345/api/.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AccessTokenSet)]
    public Uri WebApiUrl { get; set; } = null!;

    /// <summary>A SuperOffice access token (sent as a bearer token).</summary>
    [Parameter(Mandatory = true, ParameterSetName = AccessTokenSet)]
    public SecureString AccessToken { get; set; } = null!;

    /// <summary>The tenant, e.g. Cust12345; taken from the WebAPI URL when omitted.</summary>
    [Parameter(ParameterSetName = AccessTokenSet)]
    [ValidatePattern("^[A-Za-z]+[0-9]+$")]
    public string? ContextIdentifier { get; set; }

    /// <summary>SHA-256 thumbprint of a self-signed server certificate to trust (a local sandbox).</summary>
    [Parameter]
    [ValidatePattern("^[0-9A-Fa-f: ]{64,95}$")]
    public string? CertificateThumbprint { get; set; }

    /// <summary>Returns the connection.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void EndProcessing()
    {
        try
        {
            var options = new HttpPipelineOptions
            {
                PinnedCertificateSha256 = CertificateThumbprint is null ? null : TransportPolicy.NormaliseThumbprint(CertificateThumbprint),
            };
            var connection = ParameterSetName == ScimSet
                ? SoConnection.Create(ConnectionRegistry.Current, new ScimEndpoint(ScimUrl, new Secret(ScimToken)), null, options)
                : SoConnection.Create(ConnectionRegistry.Current, null, CreateWebApiEndpoint(), options);

            ConnectionRegistry.Current = connection;
            WriteVerbose($"Connected: {connection}.");
            if (PassThru)
            {
                WriteObject(connection);
            }
        }
        catch (SoException ex)
        {
            ThrowTerminatingError(ErrorRecords.From(ex, ScimUrl ?? WebApiUrl));
        }
        catch (ArgumentException ex)
        {
            ThrowTerminatingError(new ErrorRecord(ex, "InvalidConnectionParameter", ErrorCategory.InvalidArgument, null));
        }
    }

    private WebApiEndpoint CreateWebApiEndpoint()
    {
        var context = ContextIdentifier ?? WebApiEndpoint.ContextIdentifierFromUrl(WebApiUrl)
            ?? throw new SoException(
                "ContextIdentifierMissing",
                SoErrorKind.InvalidInput,
                $"Cannot tell the tenant from '{WebApiUrl}': pass -ContextIdentifier (e.g. Cust12345) or a WebAPI URL like https://online.superoffice.com/Cust12345/api/.");
        return new WebApiEndpoint(WebApiUrl, context, new AccessTokenCredential(new Secret(AccessToken)));
    }
}
