using System.Management.Automation;
using System.Management.Automation.Runspaces;
using SuperOfficeProvisioning.Shell;

ShellOptions options;
try
{
    options = ShellOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(ShellOptions.Usage);
    return 2;
}

if (options.ShowHelp)
{
    Console.WriteLine(ShellOptions.Usage);
    return 0;
}

var host = new ShellHost();
using var runspace = RunspaceFactory.CreateRunspace(host, InitialSessionState.CreateDefault2());
runspace.Open();

var session = new ShellSession(runspace, host);
return session.Run(options);
