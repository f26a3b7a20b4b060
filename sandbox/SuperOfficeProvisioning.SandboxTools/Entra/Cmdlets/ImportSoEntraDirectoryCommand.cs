using System.Management.Automation;
using SuperOfficeProvisioning.SandboxTools.Entra.Directory;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Cmdlets;

/// <summary>
/// Loads a directory file into the session's Entra stand-in, replacing the current one. Stand-in helper: the
/// Get-Mg* stand-ins read this directory. Without it they read examples/data/entra-directory.json.
/// </summary>
[Cmdlet(VerbsData.Import, "SoEntraDirectory")]
[OutputType(typeof(EntraDirectoryInfo))]
public sealed class ImportSoEntraDirectoryCommand : PSCmdlet
{
    /// <summary>The directory file (JSON with users, groups and devices in Graph's camelCase).</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = string.Empty;

    /// <summary>Returns a summary of the loaded directory.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void EndProcessing()
    {
        var fullPath = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
        EntraDirectory directory;
        try
        {
            directory = EntraDirectoryFile.Load(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var category = ex is FileNotFoundException or DirectoryNotFoundException
                ? ErrorCategory.ObjectNotFound
                : ErrorCategory.ReadError;
            throw this.Terminate(new ErrorRecord(ex, "DirectoryFileUnreadable", category, fullPath));
        }
        catch (InvalidDataException ex)
        {
            throw this.Terminate(new ErrorRecord(ex, "DirectoryFileInvalid", ErrorCategory.InvalidData, fullPath));
        }

        EntraSession.Use(directory);
        if (PassThru)
        {
            WriteObject(EntraPipeline.Summary(directory));
        }
    }
}
