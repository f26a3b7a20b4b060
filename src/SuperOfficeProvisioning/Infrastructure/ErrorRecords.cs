using System;
using System.Management.Automation;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Infrastructure;

/// <summary>The one place error records are built: stable ids, the right category, the input as target.</summary>
internal static class ErrorRecords
{
    public static ErrorRecord From(SoException exception, object? target) =>
        new ErrorRecord(exception, exception.ErrorId, CategoryOf(exception.Kind), target ?? exception.Target);

    public static ErrorRecord Create(string errorId, ErrorCategory category, string message, object? target, Exception? inner = null) =>
        new ErrorRecord(new SoException(errorId, SoErrorKind.InvalidOperation, message, inner), errorId, category, target);

    public static ErrorRecord Unexpected(Exception exception, object? target) =>
        exception is SoException so
            ? From(so, target)
            : new ErrorRecord(exception, "UnexpectedError", ErrorCategory.NotSpecified, target);

    public static ErrorCategory CategoryOf(SoErrorKind kind) => kind switch
    {
        SoErrorKind.InvalidInput => ErrorCategory.InvalidData,
        SoErrorKind.NotFound => ErrorCategory.ObjectNotFound,
        SoErrorKind.AlreadyExists => ErrorCategory.ResourceExists,
        SoErrorKind.Authentication => ErrorCategory.AuthenticationError,
        SoErrorKind.PermissionDenied => ErrorCategory.PermissionDenied,
        SoErrorKind.Connection => ErrorCategory.ConnectionError,
        SoErrorKind.Throttled => ErrorCategory.LimitsExceeded,
        SoErrorKind.ServerError => ErrorCategory.ProtocolError,
        SoErrorKind.LimitsExceeded => ErrorCategory.LimitsExceeded,
        _ => ErrorCategory.InvalidOperation,
    };
}
