using System.Net;
using System.Text;

namespace SuperOfficeProvisioning.Engine.Tests.Http;

/// <summary>A thread-safe transport that answers every request with a function, counting what reached it.</summary>
internal sealed class FuncHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> _answer;
    private int _received;

    public FuncHandler(Func<HttpRequestMessage, HttpResponseMessage> answer)
        : this((request, _) => Task.FromResult(answer(request)))
    {
    }

    public FuncHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer) => _answer = answer;

    public int Received => Volatile.Read(ref _received);

    public static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/scim+json") };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _received);
        return _answer(request, cancellationToken);
    }
}
