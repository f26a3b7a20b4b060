using System;
using System.Management.Automation;
using System.Security;
using SuperOfficeProvisioning.Engine.Auth;
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
    private const string InteractiveSet = "Interactive";

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

    /// <summary>The tenant, e.g. Cust12345; with -AccessToken it is taken from the WebAPI URL when omitted.</summary>
    [Parameter(ParameterSetName = AccessTokenSet)]
    [Parameter(Mandatory = true, ParameterSetName = InteractiveSet)]
    [ValidatePattern("^[A-Za-z]+[0-9]+$")]
    public string? ContextIdentifier { get; set; }

    /// <summary>The SuperOffice environment whose SuperID signs you in.</summary>
    [Parameter(ParameterSetName = InteractiveSet)]
    [ValidateSet("sod", "qaonline", "online")]
    public string Environment { get; set; } = "online";

    /// <summary>A SuperID host other than the three environments' (takes precedence over -Environment).</summary>
    [Parameter(ParameterSetName = InteractiveSet)]
    public Uri? Authority { get; set; }

    /// <summary>The application's client id, from the SuperOffice developer portal.</summary>
    [Parameter(Mandatory = true, ParameterSetName = InteractiveSet)]
    [ValidateNotNullOrEmpty]
    public string ClientId { get; set; } = null!;

    /// <summary>SHA-256 thumbprint of a self-signed server certificate to trust (a local sandbox).</summary>
    [Parameter]
    [ValidatePattern("^[0-9A-Fa-f: ]{64,95}$")]
    public string? CertificateThumbprint { get; set; }

    /// <summary>Returns the connection.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void EndProcessing()
    {
        var current = ConnectionRegistry.Current;
        var options = new HttpPipelineOptions
        {
            PinnedCertificateSha256 = CertificateThumbprint is null ? null : TransportPolicy.NormaliseThumbprint(CertificateThumbprint),
        };
        var pipeline = SoConnection.PipelineFor(current, options);
        try
        {
            var connection = ParameterSetName switch
            {
                ScimSet => SoConnection.Create(current, new ScimEndpoint(ScimUrl, new Secret(ScimToken)), null, pipeline),
                AccessTokenSet => SoConnection.Create(current, null, CreateWebApiEndpoint(), pipeline),
                _ => SoConnection.Create(current, null, SignInInteractively(pipeline), pipeline),
            };

            ConnectionRegistry.Current = connection;
            WriteVerbose($"Connected: {connection}.");
            if (PassThru)
            {
                WriteObject(OutputTypes.Tag(connection, OutputTypes.Connection));
            }
        }
        catch (Exception ex)
        {
            if (!ReferenceEquals(pipeline, current?.Pipeline))
            {
                pipeline.Dispose();
            }

            switch (ex)
            {
                case SoException so:
                    ThrowTerminatingError(ErrorRecords.From(so, ScimUrl ?? WebApiUrl ?? (object?)ContextIdentifier));
                    break;
                case ArgumentException argument:
                    ThrowTerminatingError(new ErrorRecord(argument, "InvalidConnectionParameter", ErrorCategory.InvalidArgument, null));
                    break;
            }

            throw;
        }
    }

    private WebApiEndpoint SignInInteractively(HttpPipeline pipeline)
    {
        var authority = Authority ?? SuperIdEnvironment.AuthorityOf(Environment);
        TransportPolicy.EnsureAllowed(authority);
        WebApiEndpoint? endpoint = null;
        var request = new InteractiveSignInRequest(authority, ClientId, ContextIdentifier!);
        Run(async token => endpoint = await InteractiveSignIn.SignInAsync(request, pipeline, token).ConfigureAwait(false));
        return endpoint!;
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
