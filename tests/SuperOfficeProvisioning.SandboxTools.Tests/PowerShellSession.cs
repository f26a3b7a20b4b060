using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using SuperOfficeProvisioning.SandboxTools.Entra.Cmdlets;

namespace SuperOfficeProvisioning.SandboxTools.Tests;

/// <summary>A real PowerShell engine with the SandboxTools module imported; one per test, so state never leaks.</summary>
public sealed class PowerShellSession : IDisposable
{
    private readonly Runspace runspace;

    /// <param name="module">The module to import: by default the SandboxTools assembly itself.</param>
    public PowerShellSession(string? module = null)
    {
        runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        Invoke("Import-Module -Name $args[0] -ErrorAction Stop", module ?? ModulePath);
    }

    public static string ModulePath => typeof(GetMgUserCommand).Assembly.Location;

    /// <summary>The generated manifest next to the assembly, as out/SandboxTools/ has it.</summary>
    public static string ManifestPath => Path.ChangeExtension(ModulePath, ".psd1");

    /// <summary>The errors the last <see cref="Invoke"/> wrote without stopping.</summary>
    public IReadOnlyList<ErrorRecord> Errors { get; private set; } = [];

    /// <summary>Runs a script; like a script file, it carries on after a statement-terminating error.</summary>
    public Collection<PSObject> Invoke(string script, params object?[] arguments)
    {
        using var shell = PowerShell.Create(runspace);
        shell.AddScript(script);
        foreach (var argument in arguments)
        {
            shell.AddArgument(argument);
        }

        var output = shell.Invoke();
        Errors = [.. shell.Streams.Error];
        return output;
    }

    /// <summary>
    /// Runs a script inside try/catch and returns the terminating error it raised; non-terminating errors are not
    /// caught by try/catch, so this also proves an error is terminating.
    /// </summary>
    public ErrorRecord CatchTerminatingError(string script, params object?[] arguments)
    {
        var caught = Invoke($"try {{ {script} }} catch {{ $_ }}", arguments);
        return Assert.IsType<ErrorRecord>(Assert.Single(caught).BaseObject);
    }

    public T InvokeScalar<T>(string script, params object?[] arguments) =>
        (T)LanguagePrimitives.ConvertTo(Invoke(script, arguments).Single().BaseObject, typeof(T));

    public void Dispose() => runspace.Dispose();
}
