using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Audit;

/// <summary>
/// The write-ahead audit log of a writer's run: JSON lines appended to one file, each change logged as intended
/// before its request is sent and as done or failed after. Every line reaches the operating system before the
/// request goes out, so a killed run leaves at most a torn last line, and its unconfirmed intents are
/// reconciled against the tenant by the next run (<see cref="AuditReconciler"/>). Requests and credentials
/// never reach it.
/// </summary>
public sealed class AuditLog : IDisposable
{
    /// <summary>The log of a run that was given no -LogPath: it writes nothing.</summary>
    public static readonly AuditLog None = new AuditLog();

    private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);
    private readonly object _gate = new object();
    private readonly FileStream? _file;
    private readonly string _command = string.Empty;
    private readonly List<AuditEntry> _unconfirmed = new List<AuditEntry>();
    private int _sequence;

    private AuditLog()
    {
    }

    private AuditLog(string path, string command)
    {
        _command = command;
        RunId = Guid.NewGuid().ToString("N");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
            ReadEarlierRuns();
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is ArgumentException)
        {
            _file?.Dispose();
            throw new SoException("LogPathUnusable", SoErrorKind.InvalidInput, $"The audit log '{path}' cannot be opened for writing: {ex.Message} Nothing was changed.", ex);
        }
    }

    /// <summary>Opens (or creates) the log at <paramref name="path"/>; <see cref="None"/> when there is none.</summary>
    public static AuditLog Open(string? path, string command) => path is null ? None : new AuditLog(path, command);

    /// <summary>
    /// Where one tenant of a run over many keeps its log, beside <paramref name="path"/>: install.log becomes
    /// install.Cust12345.log. A log is read back to settle what a stopped run left unconfirmed in that tenant, so it
    /// never holds another tenant's changes.
    /// </summary>
    public static string PathForTenant(string path, string contextIdentifier)
    {
        var extension = Path.GetExtension(path);
        var stem = path.Substring(0, path.Length - extension.Length);
        return stem + "." + contextIdentifier + extension;
    }

    public bool Enabled => _file is not null;

    /// <summary>This run's id, on each of its lines.</summary>
    public string RunId { get; } = string.Empty;

    /// <summary>Intents of earlier runs that no line confirms: the changes a stopped run may or may not have made.</summary>
    public IReadOnlyList<AuditEntry> Unconfirmed => _unconfirmed;

    /// <summary>Logs a change about to be sent; pass the returned key to <see cref="Done"/> or <see cref="Failed"/>.</summary>
    public string Intent(AuditChange change)
    {
        if (!Enabled)
        {
            return string.Empty;
        }

        var key = Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
        Write(AuditEntry.Create(RunId, _command, key, AuditPhase.Intent, change, null, null, null, false));
        return key;
    }

    public void Done(string key, AuditChange change) => Settle(key, AuditPhase.Done, change, null, false);

    /// <summary>
    /// Logs a change that did not go through. A failure that leaves it open whether the server made the change
    /// (a connection lost, a server error, throttling beyond the retries) is marked uncertain and reconciled
    /// by the next run like an intent with no answer.
    /// </summary>
    public void Failed(string key, AuditChange change, SoException error) =>
        Settle(key, AuditPhase.Failed, change, error.Message, error.Kind == SoErrorKind.Connection || error.Kind == SoErrorKind.ServerError || error.Kind == SoErrorKind.Throttled);

    /// <summary>Logs the changes as intended, makes them with one write, and logs how it went.</summary>
    public async Task RecordAsync(IReadOnlyList<AuditChange> changes, Func<Task> write)
    {
        var keys = changes.Select(Intent).ToList();
        try
        {
            await write().ConfigureAwait(false);
        }
        catch (SoException ex)
        {
            for (var i = 0; i < changes.Count; i++)
            {
                Failed(keys[i], changes[i], ex);
            }

            throw;
        }

        for (var i = 0; i < changes.Count; i++)
        {
            Done(keys[i], changes[i]);
        }
    }

    public Task RecordAsync(AuditChange change, Func<Task> write) => RecordAsync(new[] { change }, write);

    /// <summary>Settles an earlier run's intent with what the tenant shows now.</summary>
    public void Reconciled(AuditEntry intent, AuditChange change, bool applied)
    {
        if (Enabled)
        {
            Write(AuditEntry.Create(RunId, _command, intent.Key, AuditPhase.Reconciled, change, null, applied ? "applied" : "notApplied", intent.Run, false));
        }
    }

    public void Dispose() => _file?.Dispose();

    private void Settle(string key, AuditPhase phase, AuditChange change, string? error, bool uncertain)
    {
        if (Enabled)
        {
            Write(AuditEntry.Create(RunId, _command, key, phase, change, error, null, null, uncertain));
        }
    }

    private void Write(AuditEntry entry)
    {
        var bytes = Utf8.GetBytes(entry + "\n");
        lock (_gate)
        {
            // Flushed line by line: the bytes are the kernel's before the request they announce is sent.
            _file!.Write(bytes, 0, bytes.Length);
            _file.Flush();
        }
    }

    /// <summary>Collects earlier runs' unconfirmed intents and positions the file for appending.</summary>
    private void ReadEarlierRuns()
    {
        var file = _file!;
        if (file.Length == 0)
        {
            return;
        }

        var intents = new Dictionary<(string Run, string Key), AuditEntry>();
        using (var reader = new StreamReader(file, Utf8, false, 65536, leaveOpen: true))
        {
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (AuditEntry.Parse(line) is not { } entry)
                {
                    continue;
                }

                if (entry.Phase == AuditPhase.Intent || entry.Uncertain)
                {
                    if (entry.Phase == AuditPhase.Intent)
                    {
                        intents[(entry.Run, entry.Key)] = entry;
                    }
                }
                else
                {
                    intents.Remove((entry.IntentRun, entry.Key));
                }
            }
        }

        _unconfirmed.AddRange(intents.Values);
        file.Seek(0, SeekOrigin.End);
        file.Seek(-1, SeekOrigin.End);
        var last = file.ReadByte();
        if (last != '\n')
        {
            // A line torn by a kill stays on its own; this run's first line starts afresh.
            file.WriteByte((byte)'\n');
        }
    }
}
