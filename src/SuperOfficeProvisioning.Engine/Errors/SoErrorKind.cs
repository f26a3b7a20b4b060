namespace SuperOfficeProvisioning.Engine.Errors;

/// <summary>What went wrong, in terms the cmdlet layer maps to a PowerShell error category.</summary>
public enum SoErrorKind
{
    InvalidInput,
    NotFound,
    AlreadyExists,
    Authentication,
    PermissionDenied,
    Connection,
    Throttled,
    ServerError,
    InvalidOperation,
    LimitsExceeded,
}
