namespace SuperOfficeProvisioning.Sandbox.Hosting;

/// <summary>
/// What the tenant administrator's consent granted the partner application: its system user token, one per tenant
/// (the application itself, with its client secret and key, is the same in every tenant it is installed in).
/// </summary>
internal sealed class SystemUserConsent
{
    public string Token { get; } = "SandboxApp-" + RandomTokens.Base64Url(24);
}
