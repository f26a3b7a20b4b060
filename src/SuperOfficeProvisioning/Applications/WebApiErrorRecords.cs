using System.Management.Automation;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Infrastructure;

namespace SuperOfficeProvisioning.Applications;

/// <summary>Error records for the WebAPI commands: a tenant that is not running is a resource that is unavailable.</summary>
internal static class WebApiErrorRecords
{
    public const string TenantNotRunning = "TenantNotRunning";

    public static ErrorRecord From(SoException exception, object? target) =>
        exception.ErrorId == TenantNotRunning
            ? new ErrorRecord(exception, exception.ErrorId, ErrorCategory.ResourceUnavailable, target ?? exception.Target)
            : ErrorRecords.From(exception, target);
}
