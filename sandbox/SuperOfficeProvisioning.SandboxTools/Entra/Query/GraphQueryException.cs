namespace SuperOfficeProvisioning.SandboxTools.Entra.Query;

/// <summary>A query Graph would answer with 400 Bad Request; <see cref="ErrorCode"/> is Graph's error code.</summary>
public sealed class GraphQueryException(string errorCode, string message) : Exception(message)
{
    public string ErrorCode { get; } = errorCode;
}
