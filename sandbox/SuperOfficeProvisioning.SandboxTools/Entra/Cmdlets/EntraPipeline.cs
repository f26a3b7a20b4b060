using System.Management.Automation;
using SuperOfficeProvisioning.SandboxTools.Entra.Directory;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Cmdlets;

/// <summary>Output and error shapes the stand-in helper cmdlets share.</summary>
internal static class EntraPipeline
{
    /// <summary>The session's directory; a missing or broken directory file stops the command.</summary>
    public static EntraDirectory DirectoryFor(PSCmdlet cmdlet)
    {
        try
        {
            return EntraSession.Directory;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw cmdlet.Terminate(new ErrorRecord(ex, "EntraDirectoryUnavailable", ErrorCategory.ResourceUnavailable, null));
        }
    }

    public static PSObject Summary(EntraDirectory directory)
    {
        var summary = PSObject.AsPSObject(EntraDirectoryInfo.Of(directory));
        summary.TypeNames.Insert(0, EntraDirectoryInfo.TypeName);
        return summary;
    }

    public static ErrorRecord NotFound(string kind, string idOrName) => new(
        new ItemNotFoundException($"The stand-in directory has no {kind} '{idOrName}'."),
        kind switch { "group" => "GroupNotFound", "user" => "UserNotFound", _ => "ObjectNotFound" },
        ErrorCategory.ObjectNotFound,
        idOrName);

    public static ErrorRecord Conflict(InvalidOperationException exception, object target) =>
        new(exception, "ObjectAlreadyExists", ErrorCategory.ResourceExists, target);
}
