using System;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;

namespace SuperOfficeProvisioning.Engine.Tenants;

/// <summary>Reads the public, unauthenticated tenant status API of a SuperID host.</summary>
public static class TenantStatusClient
{
    public static async Task<TenantStatus> GetAsync(HttpPipeline pipeline, Uri authority, string contextIdentifier, CancellationToken cancellationToken)
    {
        var url = new Uri(SuperIdEnvironment.WithSlash(authority), "api/state/" + Uri.EscapeDataString(contextIdentifier));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new SoException(
                "TenantStatusUnavailable",
                SoErrorKind.Connection,
                $"The tenant status API answered {(int)response.StatusCode} {response.StatusCode} to GET {Redaction.Url(url)}.");
        }

        try
        {
            var status = Parse(JsonShape.Object(text.Trim().Length == 0 ? null : JToken.Parse(text)), contextIdentifier);
            status.Authority = SuperIdEnvironment.WithSlash(authority);
            return status;
        }
        catch (Exception ex) when (ex is JsonException || JsonShape.IsMisread(ex))
        {
            throw new SoException("TenantStatusInvalid", SoErrorKind.ServerError, $"The tenant status API's answer to GET {Redaction.Url(url)} is not a tenant status.", ex);
        }
    }

    /// <summary>Reads the status and insists the tenant is running; a tenant that is not gives <c>TenantNotRunning</c>.</summary>
    public static async Task<TenantStatus> RequireRunningAsync(HttpPipeline pipeline, Uri authority, string contextIdentifier, CancellationToken cancellationToken)
    {
        var status = await GetAsync(pipeline, authority, contextIdentifier, cancellationToken).ConfigureAwait(false);
        if (!status.IsRunning)
        {
            throw NotRunning(status);
        }

        if (status.WebApiUrl is null)
        {
            throw new SoException("TenantStatusInvalid", SoErrorKind.ServerError, $"The tenant status of '{contextIdentifier}' names no endpoint.");
        }

        return status;
    }

    public static SoException NotRunning(TenantStatus status) =>
        new SoException(
            "TenantNotRunning",
            SoErrorKind.Unavailable,
            $"Tenant '{status.ContextIdentifier}' is not running: its state is {status.State}. Nothing was sent to it; try again when it is Running.")
        {
            Target = status,
        };

    internal static TenantStatus Parse(JObject json, string requested)
    {
        var state = (string?)json["State"] ?? "Unknown";
        var status = new TenantStatus((string?)json["ContextIdentifier"] ?? requested, state, (bool?)json["IsRunning"] ?? false)
        {
            Endpoint = AbsoluteUri((string?)json["Endpoint"]),
            Api = AbsoluteUri((string?)json["Api"]),
            Version = (string?)json["Version"],
        };
        if (json["ValidUntil"] is JToken validUntil && validUntil.Type != JTokenType.Null)
        {
            status.ValidUntil = validUntil.Type == JTokenType.Date
                ? new DateTimeOffset(DateTime.SpecifyKind((DateTime)validUntil, DateTimeKind.Utc))
                : DateTimeOffset.Parse((string)validUntil!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        }

        return status;
    }

    private static Uri? AbsoluteUri(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : null;
}
