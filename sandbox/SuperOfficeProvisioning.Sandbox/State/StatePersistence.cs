using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Json;

namespace SuperOfficeProvisioning.Sandbox.State;

/// <summary>
/// Keeps the tenant's data in a JSON file: loads it at start, saves it in the background after changes (coalescing
/// bursts of writes into one save) and once more at shutdown. Without a file it does nothing.
/// </summary>
internal sealed class StatePersistence(string? path, IReadOnlyList<IStatePart> parts) : IAsyncDisposable
{
    private const int FormatVersion = 1;
    private readonly SemaphoreSlim _changed = new(0);
    private readonly CancellationTokenSource _stopping = new();
    private Task _saving = Task.CompletedTask;
    private int _dirty;

    /// <summary>Loads the parts found in the file, if there is one, and starts saving changes.</summary>
    public void Start()
    {
        if (path is null)
        {
            return;
        }

        if (File.Exists(path))
        {
            var root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new InvalidDataException($"The state file '{path}' does not hold a JSON object.");
            foreach (var part in parts)
            {
                if (root[part.Name] is { } state)
                {
                    part.Import(state);
                }
            }
        }

        _saving = Task.Run(SaveChangesAsync);
    }

    public void NotifyChanged()
    {
        if (path is not null && Interlocked.Exchange(ref _dirty, 1) == 0)
        {
            _changed.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _saving;
        if (path is not null)
        {
            Save(path);
        }

        _stopping.Dispose();
        _changed.Dispose();
    }

    private async Task SaveChangesAsync()
    {
        while (true)
        {
            try
            {
                await _changed.WaitAsync(_stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            Interlocked.Exchange(ref _dirty, 0);
            try
            {
                Save(path!);
            }
            catch (IOException)
            {
                // The next change or the shutdown saves again; a transient lock on the file must not stop the sandbox.
            }
        }
    }

    private void Save(string file)
    {
        var root = new JsonObject { ["Version"] = FormatVersion };
        foreach (var part in parts)
        {
            root[part.Name] = part.Export();
        }

        if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var temporary = file + ".tmp";
        File.WriteAllText(temporary, root.ToJsonString(SandboxJson.Indented));
        File.Move(temporary, file, overwrite: true);
    }
}
