using System;

namespace SuperOfficeProvisioning.Engine.Errors;

/// <summary>
/// An engine failure with a stable error id (the FullyQualifiedErrorId the cmdlets report) and a kind.
/// Messages are written for the admin reading them and never carry secrets.
/// </summary>
public class SoException : Exception
{
    public SoException(string errorId, SoErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorId = errorId;
        Kind = kind;
    }

    public string ErrorId { get; }

    public SoErrorKind Kind { get; }

    /// <summary>
    /// The server refused the credentials (or their rights): nothing else in the run can succeed, so it ends the
    /// command instead of being reported once per record.
    /// </summary>
    public bool RefusesCredentials => Kind == SoErrorKind.Authentication || Kind == SoErrorKind.PermissionDenied;

    /// <summary>The record or field the error is about, when there is one.</summary>
    public object? Target { get; set; }
}
