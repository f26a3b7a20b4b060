using System.Diagnostics;
using System.Management.Automation;

namespace SuperOfficeProvisioning.SandboxTools;

internal static class CmdletTermination
{
    /// <summary>
    /// Raises the terminating error through <see cref="Cmdlet.ThrowTerminatingError"/>, which never returns. Callers
    /// write <c>throw this.Terminate(…)</c> so the compiler sees the code path end.
    /// </summary>
    public static Exception Terminate(this PSCmdlet cmdlet, ErrorRecord error)
    {
        cmdlet.ThrowTerminatingError(error);
        throw new UnreachableException();
    }
}
