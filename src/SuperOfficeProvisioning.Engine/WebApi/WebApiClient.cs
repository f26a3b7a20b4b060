using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;
using SuperOfficeProvisioning.Engine.Tenants;

namespace SuperOfficeProvisioning.Engine.WebApi;

/// <summary>
/// The REST WebAPI of one tenant, for one command. Before its first request it checks the tenant status (a tenant
/// that is not running stops the command) and takes the API base from the status's Endpoint. A 401 renews the
/// credential and a 421 re-reads the status, each once; a credential that cannot be renewed is not sent again.
/// </summary>
public sealed class WebApiClient
{
    private const string JsonMediaType = "application/json";
    private readonly WebApiEndpoint _endpoint;
    private readonly HttpPipeline _pipeline;
    private readonly Func<DateTimeOffset> _utcNow;
    private TenantStatus? _status;

    public WebApiClient(HttpPipeline pipeline, WebApiEndpoint endpoint, int maxListedRows)
    {
        _pipeline = pipeline;
        _endpoint = endpoint;
        _utcNow = pipeline.Options.UtcNow;
        MaxListedRows = maxListedRows;
    }

    /// <summary>The most rows one archive listing reads; more is an error, not unbounded memory.</summary>
    public int MaxListedRows { get; set; }

    public string ContextIdentifier => _endpoint.ContextIdentifier;

    /// <summary>The tenant status this client last read (null before the first request).</summary>
    public TenantStatus? Status => _status;

    /// <summary>Reads the tenant status unless a still-valid answer is at hand; fails with TenantNotRunning.</summary>
    public async Task<TenantStatus> EnsureRunningAsync(CancellationToken cancellationToken)
    {
        var status = _status;
        if (status is null || (status.ValidUntil.HasValue && status.ValidUntil.Value <= _utcNow()))
        {
            status = await TenantStatusClient.RequireRunningAsync(_pipeline, _endpoint.Authority, _endpoint.ContextIdentifier, cancellationToken).ConfigureAwait(false);
            _status = status;
            EngineLog.Current.Verbose($"Tenant {status.ContextIdentifier} is {status.State}; its WebAPI is at {Redaction.Url(status.WebApiUrl)}.");
        }

        return status;
    }

    public Task<JToken?> GetAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, null, cancellationToken);

    /// <summary>
    /// Every row of an archive GET, following <c>odata.nextLink</c> page by page. Each row is an object whose
    /// <paramref name="idField"/>, when given and present, is a whole number.
    /// </summary>
    public async Task<List<JObject>> GetAllAsync(string path, CancellationToken cancellationToken, string idField = "Id")
    {
        var rows = new List<JObject>();
        string? next = path;
        while (next is not null)
        {
            var page = await SendAsync(HttpMethod.Get, next, null, json => WebApiShape.Page(json, idField), cancellationToken).ConfigureAwait(false);
            rows.AddRange(page.Rows);
            if (rows.Count > MaxListedRows)
            {
                throw new SoException(
                    "ListingTooLarge",
                    SoErrorKind.LimitsExceeded,
                    $"The WebAPI lists more than {MaxListedRows.ToString("N0", CultureInfo.InvariantCulture)} rows at {path}, more than one listing reads; "
                    + "raise the connection's MaxListedResources if the tenant really holds that many.");
            }

            next = page.NextLink;
        }

        return rows;
    }

    /// <summary>
    /// Sends one request to <c>{api base}/v1/{path}</c> (or to an absolute link the WebAPI handed out) and returns
    /// the JSON answer, null when there is none.
    /// </summary>
    public Task<JToken?> SendAsync(HttpMethod method, string path, JToken? body, CancellationToken cancellationToken) =>
        SendAsync(method, path, body, json => json, cancellationToken);

    /// <summary>Sends a request whose answer must be an entity: a JSON object (with a whole-number <paramref name="idField"/> when present).</summary>
    public Task<JObject> SendForEntityAsync(HttpMethod method, string path, JToken? body, CancellationToken cancellationToken, string idField = "Id") =>
        SendAsync(method, path, body, json => WebApiShape.Entity(json, idField), cancellationToken);

    /// <summary>
    /// Sends a request and reads its answer with <paramref name="read"/>; an answer of the wrong shape is a
    /// WebApiInvalidResponse naming the URL and the status, never a raw .NET exception.
    /// </summary>
    public async Task<T> SendAsync<T>(HttpMethod method, string path, JToken? body, Func<JToken?, T> read, CancellationToken cancellationToken)
    {
        var renewed = false;
        var relocated = false;
        while (true)
        {
            var status = await EnsureRunningAsync(cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(method, Resolve(status, path));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonMediaType));
            if (body is not null)
            {
                request.Content = new StringContent(body.ToString(Formatting.None), Encoding.UTF8, JsonMediaType);
            }

            await _endpoint.Credential.AuthorizeAsync(request, cancellationToken).ConfigureAwait(false);
            var sentWith = request.Headers.Authorization?.ToString();
            HttpResponseMessage answer;
            try
            {
                answer = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (CredentialRefusedException) when (!renewed)
            {
                // Another request's 401 refused this credential: renew it once, as for a 401 of this request's own.
                renewed = true;
                if (await RenewAsync(sentWith, cancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                throw;
            }

            using var response = answer;
            if ((int)response.StatusCode == 401 && !renewed)
            {
                renewed = true;
                if (await RenewAsync(sentWith, cancellationToken).ConfigureAwait(false))
                {
                    continue;
                }
            }

            if ((int)response.StatusCode == 421 && !relocated)
            {
                EngineLog.Current.Verbose($"{method} {Redaction.Url(request.RequestUri)} answered 421: the tenant moved; reading its status again.");
                _status = null;
                relocated = true;
                continue;
            }

            var json = await WebApiResponse.ReadAsync(response, request).ConfigureAwait(false);
            try
            {
                return read(json);
            }
            catch (Exception ex) when (JsonShape.IsMisread(ex))
            {
                throw WebApiResponse.Invalid(request, (int)response.StatusCode, JsonShape.Problem(ex), ex);
            }
        }
    }

    /// <summary>
    /// Renews the credential that <paramref name="refused"/> was sent with, unless another request already has;
    /// false when renewing gives the same credential back (an access token cannot be renewed), so the 401 stands.
    /// </summary>
    private async Task<bool> RenewAsync(string? refused, CancellationToken cancellationToken)
    {
        using var probe = new HttpRequestMessage();
        await _endpoint.Credential.AuthorizeAsync(probe, cancellationToken).ConfigureAwait(false);
        if (probe.Headers.Authorization?.ToString() == refused)
        {
            EngineLog.Current.Verbose($"The WebAPI refused the {_endpoint.Credential.Kind} credential: renewing it.");
            _endpoint.Credential.Invalidate();
            await _endpoint.Credential.AuthorizeAsync(probe, cancellationToken).ConfigureAwait(false);
        }

        return probe.Headers.Authorization?.ToString() != refused;
    }

    private static Uri Resolve(TenantStatus status, string path)
    {
        var v1 = new Uri(status.WebApiUrl!, "v1/");
        if (!Uri.TryCreate(path, UriKind.Absolute, out var absolute))
        {
            return new Uri(v1, path);
        }

        // A next-page link: follow it only within the tenant's API, and only as a path under the current base.
        var relative = absolute.PathAndQuery;
        var index = relative.IndexOf("/api/v1/", StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            throw new SoException("WebApiInvalidResponse", SoErrorKind.ServerError, $"The WebAPI handed out a link outside its API: {Redaction.Url(absolute)}.");
        }

        return new Uri(v1, relative.Substring(index + "/api/v1/".Length));
    }
}
