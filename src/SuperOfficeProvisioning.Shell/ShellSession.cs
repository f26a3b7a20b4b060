using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace SuperOfficeProvisioning.Shell;

/// <summary>Imports the module (and, with -Sandbox, a sandbox tenant), runs the script and reports how it ended.</summary>
internal sealed class ShellSession(Runspace runspace, ShellHost host)
{
    public int Run(ShellOptions options)
    {
        try
        {
            Invoke(ps => ps.AddCommand("Import-Module").AddParameter("Name", ModuleLocator.ModuleManifest()).AddParameter("ErrorAction", "Stop"));
            if (options.Sandbox)
            {
                SandboxSetup.Start(this);
            }

            runspace.SessionStateProxy.SetVariable("LASTEXITCODE", null);
            var succeeded = Invoke(ps =>
            {
                if (options.File is not null)
                {
                    ps.AddCommand(Path.GetFullPath(options.File));
                    foreach (var argument in options.ScriptArguments)
                    {
                        ps.AddArgument(argument);
                    }
                }
                else
                {
                    ps.AddScript(options.Command!);
                }

                ps.AddCommand("Out-Default");
            });
            // 'exit N' at the top of -Command reaches the host; inside a -File script it sets $LASTEXITCODE.
            return host.ExitCode ?? (runspace.SessionStateProxy.GetVariable("LASTEXITCODE") as int?) ?? (succeeded ? 0 : 1);
        }
        finally
        {
            if (options.Sandbox)
            {
                SandboxSetup.Stop(this);
            }
        }
    }

    /// <summary>Runs a pipeline, relaying its streams; false when it wrote an error or ended with one.</summary>
    public bool Invoke(Action<PowerShell> build)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = runspace;
        build(ps);
        // Warnings, verbose, debug and information reach the host's UI by themselves; errors are relayed here.
        var errors = 0;
        ps.Streams.Error.DataAdded += (_, e) =>
        {
            errors++;
            WriteError(ps.Streams.Error[e.Index]);
        };
        try
        {
            ps.Invoke();
            return errors == 0;
        }
        catch (RuntimeException ex)
        {
            WriteError(ex.ErrorRecord);
            return false;
        }
    }

    private void WriteError(ErrorRecord error)
    {
        var where = error.InvocationInfo?.ScriptName is { Length: > 0 } script
            ? $" (at {Path.GetFileName(script)}:{error.InvocationInfo.ScriptLineNumber})"
            : string.Empty;
        host.UI.WriteErrorLine($"{error}{where} [{error.FullyQualifiedErrorId}]");
    }
}
