using System.Management.Automation;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Users;

namespace SuperOfficeProvisioning.Infrastructure;

/// <summary>Group names given as parameters (New-SoUser -Group, Sync-SoGroup -GroupName), checked by the engine's rules.</summary>
internal static class GroupNameArguments
{
    /// <summary>
    /// The name in NFC. A character that cannot be seen makes the invocation invalid: a terminating error, before
    /// any request. A look-alike name is written as a warning and used.
    /// </summary>
    public static string Check(Cmdlet cmdlet, string name)
    {
        string checkedName;
        string? warning;
        try
        {
            checkedName = TextHygiene.CheckGroupName(name, out warning);
        }
        catch (SoException ex)
        {
            cmdlet.ThrowTerminatingError(ErrorRecords.From(ex, name));
            throw;
        }

        if (warning is not null)
        {
            cmdlet.WriteWarning(warning);
        }

        return checkedName;
    }
}
