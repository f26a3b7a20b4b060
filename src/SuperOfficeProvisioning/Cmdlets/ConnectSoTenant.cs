using System;
using System.Globalization;
using System.Management.Automation;
using System.Security;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Auth;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.Credentials;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;
using SuperOfficeProvisioning.Engine.Tenants;
using SuperOfficeProvisioning.Infrastructure;

namespace SuperOfficeProvisioning.Cmdlets;

/// <summary>Makes a SuperOffice tenant the session's current connection.</summary>
[Cmdlet(VerbsCommunications.Connect, "SoTenant", DefaultParameterSetName = ScimSet)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The sign-in runner is disposed when the command ends; a stopped command leaves only a semaphore without a wait handle.")]
[OutputType(typeof(SoConnection))]
public sealed class ConnectSoTenant : SoCmdlet
{
    private const string ScimSet = "Scim";
    private const string AccessTokenSet = "AccessToken";
    private const string InteractiveSet = "Interactive";
    private const string SystemUserSet = "SystemUser";

    private TenantShard? _shard;
    private TenantFanOut? _signIns;
    private Secret? _clientSecret;
    private string? _privateKeyPath;
    private TenantListSignIns? _list;

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
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = SystemUserSet)]
    [ValidatePattern("^[A-Za-z]+[0-9]+$")]
    public string? ContextIdentifier { get; set; }

    /// <summary>The SuperOffice environment whose SuperID signs you in.</summary>
    [Parameter(ParameterSetName = InteractiveSet)]
    [Parameter(ParameterSetName = SystemUserSet)]
    [ValidateSet("sod", "qaonline", "online")]
    public string Environment { get; set; } = "online";

    /// <summary>A SuperID host other than the three environments' (takes precedence over -Environment).</summary>
    [Parameter(ParameterSetName = InteractiveSet)]
    [Parameter(ParameterSetName = SystemUserSet)]
    public Uri? Authority { get; set; }

    /// <summary>The application's client id, from the SuperOffice developer portal.</summary>
    [Parameter(Mandatory = true, ParameterSetName = InteractiveSet)]
    [Parameter(Mandatory = true, ParameterSetName = SystemUserSet)]
    [ValidateNotNullOrEmpty]
    public string ClientId { get; set; } = null!;

    /// <summary>The application's client secret (its application token), sent as SO-AppToken.</summary>
    [Parameter(Mandatory = true, ParameterSetName = SystemUserSet)]
    public SecureString ClientSecret { get; set; } = null!;

    /// <summary>The application's RSA private key: a PEM file (PKCS#1 or PKCS#8) or an RSA XML file.</summary>
    [Parameter(Mandatory = true, ParameterSetName = SystemUserSet)]
    [ValidateNotNullOrEmpty]
    public string PrivateKeyPath { get; set; } = null!;

    /// <summary>The system user token the tenant's consent gave the application (or -SystemUserTokenVariable).</summary>
    [Parameter(ParameterSetName = SystemUserSet)]
    public SecureString? SystemUserToken { get; set; }

    /// <summary>The name of the environment variable that holds the tenant's system user token (a tenant list's column).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = SystemUserSet)]
    public string? SystemUserTokenVariable { get; set; }

    /// <summary>With a tenant list from the pipeline: how many tenants sign in at once.</summary>
    [Parameter(ParameterSetName = SystemUserSet)]
    [ValidateRange(1, 256)]
    public int ThrottleLimit { get; set; } = 16;

    /// <summary>Connects only the tenants of this shard of the list, such as '3/8' (the third of eight).</summary>
    [Parameter(ParameterSetName = SystemUserSet)]
    public string? Shard { get; set; }

    /// <summary>Opens the sign-in page instead of the system browser: invoked with the sign-in URL.</summary>
    [Parameter(ParameterSetName = InteractiveSet)]
    public ScriptBlock? BrowserCommand { get; set; }

    /// <summary>The redirect URI registered for the application (http://127.0.0.1:{port}/{path}); SuperID accepts only a registered one.</summary>
    [Parameter(ParameterSetName = InteractiveSet)]
    [ValidateNotNull]
    public Uri? RedirectUri { get; set; }

    /// <summary>Keeps the SuperID tokens where the operating system protects them, so later sessions sign in silently.</summary>
    [Parameter(ParameterSetName = InteractiveSet)]
    public SwitchParameter PersistTokenCache { get; set; }

    /// <summary>Where no keyring is available, keeps the persisted tokens in a plaintext file only you can read (0600); implies -PersistTokenCache.</summary>
    [Parameter(ParameterSetName = InteractiveSet)]
    public SwitchParameter AllowUnprotectedTokenCache { get; set; }

    /// <summary>Where -PersistTokenCache keeps the tokens.</summary>
    [Parameter(ParameterSetName = InteractiveSet)]
    [ValidateNotNullOrEmpty]
    public string? TokenCachePath { get; set; }

    /// <summary>SHA-256 thumbprint of a self-signed server certificate to trust (a local sandbox).</summary>
    [Parameter]
    [ValidatePattern("^[0-9A-Fa-f: ]{64,95}$")]
    public string? CertificateThumbprint { get; set; }

    /// <summary>Returns the connection.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void BeginProcessing()
    {
        if (Shard is not null)
        {
            try
            {
                _shard = TenantShard.Parse(Shard);
            }
            catch (SoException ex)
            {
                ThrowTerminatingError(ErrorRecords.From(ex, Shard));
            }
        }
    }

    /// <summary>A tenant list piped in: each row that belongs to the shard signs in, at most -ThrottleLimit at once.</summary>
    protected override void ProcessRecord()
    {
        if (!FromPipeline || OutsideShard(ContextIdentifier!))
        {
            return;
        }

        var context = ContextIdentifier!;
        Secret token;
        try
        {
            token = SystemUserTokenSource.Resolve(SystemUserToken, SystemUserTokenVariable, context);
        }
        catch (SoException ex)
        {
            WriteError(ErrorRecords.From(ex, context));
            return;
        }

        var request = new SystemUserSignInRequest(SuperIdAuthority(), ClientId, ApplicationSecret(), _privateKeyPath ??= GetUnresolvedProviderPathFromPSPath(PrivateKeyPath), token, context);
        var signIns = _signIns ??= new TenantFanOut(ThrottleLimit);
        var list = _list ??= new TenantListSignIns(this, PassThru);
        var position = list.NextPosition();
        var (thumbprint, shard) = (CertificateThumbprint, _shard);
        StartWork(async stop =>
        {
            var run = await signIns.RunAsync(context, position.ToString(CultureInfo.InvariantCulture), t => ConnectionFactory.SignInOneOfManyAsync(request, thumbprint, shard, t), stop).ConfigureAwait(false);
            Bridge.Post(() => list.Completed(position, run));
        });
        WaitForCapacity(ThrottleLimit);
    }

    protected override void EndProcessing()
    {
        if (FromPipeline)
        {
            WaitForAll();
            _signIns?.Dispose();
            _list?.MakeCurrent();
            return;
        }

        if (ParameterSetName == SystemUserSet && OutsideShard(ContextIdentifier!))
        {
            return;
        }

        var current = ConnectionRegistry.Current;

        // Paths are resolved here, on the pipeline thread; the requests are made with the work, whose errors are reported.
        var privateKeyPath = PrivateKeyPath is null ? null : GetUnresolvedProviderPathFromPSPath(PrivateKeyPath);
        var tokenCachePath = PersistTokenCache || AllowUnprotectedTokenCache || TokenCachePath is not null
            ? GetUnresolvedProviderPathFromPSPath(TokenCachePath ?? InteractiveSignInRequest.DefaultTokenCachePath)
            : null;
        var connection = Run(token => ParameterSetName switch
        {
            ScimSet => ConnectionFactory.ConnectScimAsync(current, ScimUrl, new Secret(ScimToken), CertificateThumbprint),
            AccessTokenSet => ConnectionFactory.ConnectWithAccessTokenAsync(current, WebApiUrl, new Secret(AccessToken), ContextIdentifier, CertificateThumbprint),
            SystemUserSet => ConnectionFactory.SignInAsSystemUserAsync(current, SystemUserRequest(privateKeyPath!), CertificateThumbprint, token),
            _ => ConnectionFactory.SignInInteractivelyAsync(current, InteractiveRequest(tokenCachePath), CertificateThumbprint, token),
        }, ShownUrl(ScimUrl ?? WebApiUrl) ?? ContextIdentifier);

        ConnectionRegistry.Current = connection;
        WriteVerbose($"Connected: {connection}.");
        if (PassThru)
        {
            WriteObject(OutputTypes.Tag(connection, OutputTypes.Connection));
        }
    }

    /// <summary>The URL as an error may show it: a password typed into it stays out of the error record.</summary>
    private static string? ShownUrl(Uri? url) => url is null ? null : Redaction.Url(url);

    private Uri SuperIdAuthority() => Authority ?? SuperIdEnvironment.AuthorityOf(Environment);

    private InteractiveSignInRequest InteractiveRequest(string? tokenCachePath)
    {
        var request = new InteractiveSignInRequest(SuperIdAuthority(), ClientId, ContextIdentifier!)
        {
            RedirectUri = RedirectUri,
            TokenCachePath = tokenCachePath,
            AllowUnprotectedTokenCache = AllowUnprotectedTokenCache,
        };
        if (BrowserCommand is not null)
        {
            var command = BrowserCommand;
            request.OpenBrowser = url =>
            {
                // The script block runs on the pipeline thread; the sign-in waits until it returns.
                var failure = Bridge.Invoke(() => InvokeBrowserCommand(command, url));
                if (failure is not null)
                {
                    throw new SoException("BrowserCommandFailed", SoErrorKind.Authentication, $"The -BrowserCommand script block failed: {failure.Message}", failure);
                }

                return Task.CompletedTask;
            };
        }

        return request;
    }

    /// <summary>
    /// Runs the script block in a nested pipeline of this runspace, so that its failure is the sign-in's to report
    /// rather than one that ends this command's pipeline.
    /// </summary>
    private static Exception? InvokeBrowserCommand(ScriptBlock command, Uri url)
    {
        using var nested = PowerShell.Create(RunspaceMode.CurrentRunspace);
        nested.AddScript("param($Command, $Url) & $Command $Url").AddArgument(command).AddArgument(url);
        try
        {
            nested.Invoke();
            return nested.HadErrors && nested.Streams.Error.Count > 0 ? nested.Streams.Error[0].Exception : null;
        }
        catch (RuntimeException ex)
        {
            return ex;
        }
    }

    private SystemUserSignInRequest SystemUserRequest(string privateKeyPath) =>
        new SystemUserSignInRequest(SuperIdAuthority(), ClientId, new Secret(ClientSecret), privateKeyPath,
            SystemUserTokenSource.Resolve(SystemUserToken, SystemUserTokenVariable, ContextIdentifier!), ContextIdentifier!);

    /// <summary>Rows piped in to the system user sign-in: a tenant list. (Other parameter sets take no pipeline input.)</summary>
    private bool FromPipeline => ParameterSetName == SystemUserSet && MyInvocation.ExpectingInput;

    /// <summary>With -Shard, a tenant of another shard is passed over before anything is read or sent for it.</summary>
    private bool OutsideShard(string contextIdentifier)
    {
        if (_shard is null || _shard.Contains(contextIdentifier))
        {
            return false;
        }

        WriteVerbose($"{contextIdentifier} belongs to shard {TenantShard.Of(contextIdentifier, _shard.Count)}/{_shard.Count}, not {_shard}: not connected.");
        return true;
    }

    /// <summary>The application's client secret, checked once for every row: an empty one ends the command.</summary>
    private Secret ApplicationSecret()
    {
        if (_clientSecret is null)
        {
            try
            {
                _clientSecret = new Secret(ClientSecret);
            }
            catch (SoException ex)
            {
                ThrowTerminatingError(ErrorRecords.From(ex, nameof(ClientSecret)));
            }
        }

        return _clientSecret!;
    }
}
