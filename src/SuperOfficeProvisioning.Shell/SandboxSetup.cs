namespace SuperOfficeProvisioning.Shell;

/// <summary>-Sandbox: a local tenant and the Microsoft Graph stand-ins, set up before the script runs.</summary>
internal static class SandboxSetup
{
    public static void Start(ShellSession session)
    {
        session.Invoke(ps => ps.AddCommand("Import-Module").AddParameter("Name", ModuleLocator.SandboxTools()).AddParameter("ErrorAction", "Stop"));
        session.Invoke(ps => ps.AddScript("$global:SoSandbox = Start-SoSandbox -ErrorAction Stop"));
    }

    public static void Stop(ShellSession session) =>
        session.Invoke(ps => ps.AddScript("if (Get-Command Stop-SoSandbox -ErrorAction SilentlyContinue) { Stop-SoSandbox }"));
}
