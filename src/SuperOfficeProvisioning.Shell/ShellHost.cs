using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using System.Text.RegularExpressions;

namespace SuperOfficeProvisioning.Shell;

/// <summary>A non-interactive host: formatted output to stdout, errors and warnings to stderr, no prompts.</summary>
internal sealed class ShellHost : PSHost
{
    private readonly ShellHostUserInterface _ui = new();

    public int? ExitCode { get; private set; }

    public override CultureInfo CurrentCulture => CultureInfo.CurrentCulture;

    public override CultureInfo CurrentUICulture => CultureInfo.CurrentUICulture;

    public override Guid InstanceId { get; } = Guid.NewGuid();

    public override string Name => "SuperOfficeProvisioning.Shell";

    public override PSHostUserInterface UI => _ui;

    public override Version Version => typeof(ShellHost).Assembly.GetName().Version ?? new Version(1, 0);

    public override void EnterNestedPrompt() => throw new NotSupportedException("Nested prompts are not supported.");

    public override void ExitNestedPrompt() => throw new NotSupportedException("Nested prompts are not supported.");

    public override void NotifyBeginApplication()
    {
    }

    public override void NotifyEndApplication()
    {
    }

    public override void SetShouldExit(int exitCode) => ExitCode = exitCode;
}

internal sealed class ShellHostUserInterface : PSHostUserInterface
{
    // Colour codes only garble a log file or a pipe.
    private static readonly Regex ColourCodes = new(@"\x1b\[[0-9;]*m", RegexOptions.Compiled);
    private static readonly bool Plain = Console.IsOutputRedirected;

    public override PSHostRawUserInterface RawUI { get; } = new ShellRawUserInterface();

    public override void Write(string value) => Console.Out.Write(Render(value));

    public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Console.Out.Write(Render(value));

    public override void WriteLine(string value) => Console.Out.WriteLine(Render(value));

    private static string Render(string value) => Plain ? ColourCodes.Replace(value, string.Empty) : value;

    public override void WriteErrorLine(string value) => Console.Error.WriteLine(value);

    public override void WriteDebugLine(string message) => Console.Error.WriteLine("DEBUG: " + message);

    public override void WriteVerboseLine(string message) => Console.Error.WriteLine("VERBOSE: " + message);

    public override void WriteWarningLine(string message) => Console.Error.WriteLine("WARNING: " + message);

    public override void WriteProgress(long sourceId, ProgressRecord record)
    {
        // Progress is for interactive consoles; a script's log stays readable without it.
    }

    public override string ReadLine() => throw NotInteractive();

    public override SecureString ReadLineAsSecureString() => throw NotInteractive();

    public override Dictionary<string, PSObject> Prompt(string caption, string message, System.Collections.ObjectModel.Collection<FieldDescription> descriptions) => throw NotInteractive();

    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) => throw NotInteractive();

    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw NotInteractive();

    public override int PromptForChoice(string caption, string message, System.Collections.ObjectModel.Collection<ChoiceDescription> choices, int defaultChoice) => throw NotInteractive();

    private static PSInvalidOperationException NotInteractive() =>
        new("This shell is not interactive: pass every value as a parameter (and -Confirm:$false where a command asks).");
}

internal sealed class ShellRawUserInterface : PSHostRawUserInterface
{
    public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;

    public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;

    public override Size BufferSize { get; set; } = new(160, 9999);

    public override Coordinates CursorPosition { get; set; }

    public override int CursorSize { get; set; }

    public override bool KeyAvailable => false;

    public override Size MaxPhysicalWindowSize => BufferSize;

    public override Size MaxWindowSize => BufferSize;

    public override Coordinates WindowPosition { get; set; }

    public override Size WindowSize { get => new(BufferSize.Width, 50); set { } }

    public override string WindowTitle { get; set; } = string.Empty;

    public override void FlushInputBuffer()
    {
    }

    public override BufferCell[,] GetBufferContents(Rectangle rectangle) => throw new NotSupportedException();

    public override KeyInfo ReadKey(ReadKeyOptions options) => throw new NotSupportedException("This shell is not interactive.");

    public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) => throw new NotSupportedException();

    public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) => throw new NotSupportedException();

    public override void SetBufferContents(Rectangle rectangle, BufferCell fill) => throw new NotSupportedException();
}
