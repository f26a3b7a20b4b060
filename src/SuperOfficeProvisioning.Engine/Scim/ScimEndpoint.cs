using System;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Credentials;
using SuperOfficeProvisioning.Engine.Http;

namespace SuperOfficeProvisioning.Engine.Scim;

/// <summary>The SCIM gateway's tenant URL and secret token.</summary>
public sealed class ScimEndpoint
{
    public ScimEndpoint(Uri url, Secret token)
    {
        TransportPolicy.EnsureAllowed(url, "ScimUrl");

        // The gateway's paths are relative to the tenant URL, so it must end with a slash.
        Url = url.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? url : new Uri(url.AbsoluteUri + "/");
        Token = token;
    }

    public Uri Url { get; }

    internal Secret Token { get; }

    /// <summary>What the gateway has shown it can do so far.</summary>
    public ScimCapabilities Capabilities { get; } = new ScimCapabilities();

    private Task<ScimServiceConfig>? _serviceConfig;

    /// <summary>The gateway's ServiceProviderConfig, read once per endpoint (a failed read is tried again next time).</summary>
    internal Task<ScimServiceConfig> ServiceConfig(Func<Task<ScimServiceConfig>> read)
    {
        var current = _serviceConfig;
        if (current is null || current.IsFaulted || current.IsCanceled)
        {
            current = read();
            _serviceConfig = current;
        }

        return current;
    }
}
