namespace SuperOfficeProvisioning.Engine.Errors;

/// <summary>
/// What went wrong: the one classification of every engine failure. The cmdlet layer maps each kind to a
/// PowerShell error category in one place; code that must decide by a failure asks its kind, never its id.
/// </summary>
public enum SoErrorKind
{
    /// <summary>A record or file the command was given is not valid (a user row, a manifest).</summary>
    InvalidInput,

    /// <summary>A parameter of the command is not valid, or two of them do not go together.</summary>
    InvalidArgument,

    NotFound,

    AlreadyExists,

    /// <summary>The server refused the credentials (401), or signing in failed.</summary>
    Authentication,

    /// <summary>The server refused the credentials' rights (403).</summary>
    PermissionDenied,

    /// <summary>The server could not be reached, or there is no connection to use.</summary>
    Connection,

    /// <summary>The tenant is there but not serving requests (suspended, being upgraded, not running).</summary>
    Unavailable,

    Throttled,

    /// <summary>The server failed, or answered in a way the protocol does not allow.</summary>
    ServerError,

    /// <summary>A write the command made failed; the rest of the command went on.</summary>
    WriteFailed,

    /// <summary>The command cannot do this in the state things are in.</summary>
    InvalidOperation,

    /// <summary>A limit the command or the server sets was reached (-MaxRemovals, a listing too large).</summary>
    LimitsExceeded,
}
