namespace SuperOfficeProvisioning.Sandbox.Scim.Model;

/// <summary>Absolute URLs of resources, built from the address the client called (for meta.location and $ref).</summary>
internal sealed class ScimLocations(string baseUrl)
{
    /// <summary>Relative locations, for JSON that is evaluated but never sent.</summary>
    public static readonly ScimLocations None = new("");

    /// <summary>The gateway's base URL without a trailing slash, e.g. <c>https://127.0.0.1:5001/Cust12345/scim/v2</c>.</summary>
    public string BaseUrl { get; } = baseUrl.TrimEnd('/');

    public string User(string id) => $"{BaseUrl}/Users/{Uri.EscapeDataString(id)}";

    public string Group(string id) => $"{BaseUrl}/Groups/{Uri.EscapeDataString(id)}";

    public string Of(string endpoint) => BaseUrl + endpoint;
}
