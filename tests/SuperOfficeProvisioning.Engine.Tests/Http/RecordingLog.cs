namespace SuperOfficeProvisioning.Engine.Tests.Http;

internal sealed class RecordingLog : IEngineLog
{
    public List<string> Lines { get; } = new();

    public void Verbose(string message) => Add("VERBOSE: " + message);

    public void Debug(string message) => Add("DEBUG: " + message);

    public void Warning(string message) => Add("WARNING: " + message);

    private void Add(string line)
    {
        lock (Lines)
        {
            Lines.Add(line);
        }
    }
}
