using System;
using System.Management.Automation;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Infrastructure;

/// <summary>
/// The one place error records are built: stable ids, the category the failure's kind maps to, the input as target.
/// </summary>
internal static class ErrorRecords
{
    /// <summary>The record for an engine failure: its own target (the record or object it is about) when it names one, else <paramref name="target"/>.</summary>
    public static ErrorRecord From(SoException exception, object? target) =>
        new ErrorRecord(exception, exception.ErrorId, CategoryOf(exception.Kind), exception.Target ?? target);

    /// <summary>A failure the cmdlet layer finds itself (a parameter, a path), classified as the engine's are.</summary>
    public static ErrorRecord Create(string errorId, SoErrorKind kind, string message, object? target, Exception? inner = null) =>
        From(new SoException(errorId, kind, message, inner), target);

    public static ErrorRecord Unexpected(Exception exception, object? target) =>
        exception is SoException so
            ? From(so, target)
            : new ErrorRecord(exception, "UnexpectedError", ErrorCategory.NotSpecified, target);

    public static ErrorCategory CategoryOf(SoErrorKind kind) => kind switch
    {
        SoErrorKind.InvalidInput => ErrorCategory.InvalidData,
        SoErrorKind.InvalidArgument => ErrorCategory.InvalidArgument,
        SoErrorKind.NotFound => ErrorCategory.ObjectNotFound,
        SoErrorKind.AlreadyExists => ErrorCategory.ResourceExists,
        SoErrorKind.Authentication => ErrorCategory.AuthenticationError,
        SoErrorKind.PermissionDenied => ErrorCategory.PermissionDenied,
        SoErrorKind.Connection => ErrorCategory.ConnectionError,
        SoErrorKind.Unavailable => ErrorCategory.ResourceUnavailable,
        SoErrorKind.Throttled => ErrorCategory.LimitsExceeded,
        SoErrorKind.ServerError => ErrorCategory.ProtocolError,
        SoErrorKind.WriteFailed => ErrorCategory.WriteError,
        SoErrorKind.LimitsExceeded => ErrorCategory.LimitsExceeded,
        SoErrorKind.InvalidOperation => ErrorCategory.InvalidOperation,
        _ => ErrorCategory.NotSpecified,
    };
}
