namespace SuperOfficeProvisioning.Shell;

/// <summary>What the command line asked for.</summary>
internal sealed record ShellOptions(string? File, string? Command, IReadOnlyList<string> ScriptArguments, bool Sandbox, bool ShowHelp)
{
    public const string Usage = """
        Runs PowerShell with the SuperOfficeProvisioning module imported, on machines without pwsh.

        Usage:
          SuperOfficeProvisioning.Shell [-Sandbox] -File <script.ps1> [arguments...]
          SuperOfficeProvisioning.Shell [-Sandbox] -Command '<PowerShell>'

          -File      runs a script file; the remaining arguments are passed to it
          -Command   runs the given PowerShell text
          -Sandbox   starts a local SuperOffice sandbox tenant first and hands the script its details in
                     $SoSandbox; loads stand-ins for Get-MgUser, Get-MgGroup and Get-MgGroupMember backed by
                     examples/data/entra-directory.json (real users install Microsoft.Graph instead)

        Output objects are formatted to standard output, errors go to standard error. The exit code is the
        script's 'exit' code if it gave one, else 1 when the script wrote any error, else 0.
        """;

    public static ShellOptions Parse(IReadOnlyList<string> args)
    {
        string? file = null;
        string? command = null;
        var sandbox = false;
        var help = args.Count == 0;
        var scriptArguments = new List<string>();

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (file is not null)
            {
                scriptArguments.Add(arg);
            }
            else if (Is(arg, "-File") && i + 1 < args.Count)
            {
                file = args[++i];
            }
            else if (Is(arg, "-Command") && i + 1 < args.Count)
            {
                command = string.Join(" ", args.Skip(i + 1));
                break;
            }
            else if (Is(arg, "-Sandbox"))
            {
                sandbox = true;
            }
            else if (Is(arg, "-Help") || Is(arg, "-?") || Is(arg, "--help"))
            {
                help = true;
            }
            else
            {
                throw new ArgumentException($"Unknown argument '{arg}'.");
            }
        }

        if (!help && file is null && command is null)
        {
            throw new ArgumentException("Give -File <script.ps1> or -Command '<PowerShell>'.");
        }

        return new ShellOptions(file, command, scriptArguments, sandbox, help);
    }

    private static bool Is(string arg, string name) => string.Equals(arg, name, StringComparison.OrdinalIgnoreCase);
}
