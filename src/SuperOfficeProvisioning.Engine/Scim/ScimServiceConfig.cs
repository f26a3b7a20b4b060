using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Scim;

/// <summary>What the server says it supports (RFC 7643 §5), read once per connection.</summary>
public sealed class ScimServiceConfig
{
    public bool FilterSupported { get; private set; } = true;

    /// <summary>The most resources one list response returns; also our page size.</summary>
    public int MaxResults { get; private set; } = 100;

    public bool BulkSupported { get; private set; }

    public int BulkMaxOperations { get; private set; }

    public int BulkMaxPayloadSize { get; private set; }

    /// <summary>The server offers RFC 9865 cursor pagination (ServiceProviderConfig <c>pagination.cursor</c>).</summary>
    public bool CursorPaging { get; private set; }

    public static ScimServiceConfig Parse(JObject json)
    {
        var config = new ScimServiceConfig
        {
            FilterSupported = (bool?)json["filter"]?["supported"] ?? true,
            BulkSupported = (bool?)json["bulk"]?["supported"] ?? false,
            BulkMaxOperations = (int?)json["bulk"]?["maxOperations"] ?? 0,
            BulkMaxPayloadSize = (int?)json["bulk"]?["maxPayloadSize"] ?? 0,
            CursorPaging = json["pagination"] is JObject pagination && (bool?)pagination["cursor"] == true,
        };
        var maxResults = (int?)json["filter"]?["maxResults"] ?? 0;
        if (maxResults > 0)
        {
            config.MaxResults = maxResults;
        }

        if (config.BulkMaxOperations <= 0 || config.BulkMaxPayloadSize <= 0)
        {
            config.BulkSupported = false;
        }

        return config;
    }
}
