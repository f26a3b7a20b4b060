using System.Net.Http;
using Microsoft.Identity.Client;
using SuperOfficeProvisioning.Engine.Http;

namespace SuperOfficeProvisioning.Engine.Auth;

/// <summary>Hands MSAL an HttpClient that sends through the module's one pipeline (retries, pinning, tracing).</summary>
internal sealed class PipelineHttpClientFactory : IMsalHttpClientFactory
{
    private readonly HttpClient _client;

    public PipelineHttpClientFactory(HttpPipeline pipeline) => _client = pipeline.CreateHttpClient();

    public HttpClient GetHttpClient() => _client;
}
