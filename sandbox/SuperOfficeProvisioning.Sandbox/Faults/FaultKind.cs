namespace SuperOfficeProvisioning.Sandbox;

/// <summary>The faults the sandbox can inject besides latency.</summary>
public enum FaultKind
{
    /// <summary>429 Too Many Requests with Retry-After.</summary>
    RateLimited,

    /// <summary>503 Service Unavailable with Retry-After.</summary>
    ServiceUnavailable,

    /// <summary>The connection is aborted before the request is handled.</summary>
    DroppedConnection,

    /// <summary>The request is handled, then the connection is aborted so the reply never arrives.</summary>
    LostResponse,

    /// <summary>200 OK with an empty body, before the request is handled (nothing is written).</summary>
    EmptyBody,

    /// <summary>200 OK with a SCIM ListResponse whose Resources is an object, not an array, before the request is handled.</summary>
    MalformedList,

    /// <summary>401 Unauthorized, as for a token revoked while a run uses it, before the request is handled.</summary>
    Unauthorized,
}
