using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SuperOfficeProvisioning.Engine.Http;

/// <summary>Hands an HttpClient's requests (MSAL's) to the pipeline.</summary>
internal sealed class PipelineMessageHandler : HttpMessageHandler
{
    private readonly HttpPipeline _pipeline;

    public PipelineMessageHandler(HttpPipeline pipeline) => _pipeline = pipeline;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _pipeline.SendAsync(request, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        // The pipeline outlives the clients handed out from it: only the handler itself goes.
        base.Dispose(disposing);
    }
}
