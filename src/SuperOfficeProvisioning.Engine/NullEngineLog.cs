namespace SuperOfficeProvisioning.Engine;

/// <summary>A log that discards everything, for callers that have nowhere to report.</summary>
public sealed class NullEngineLog : IEngineLog
{
    public static readonly NullEngineLog Instance = new NullEngineLog();

    private NullEngineLog()
    {
    }

    public void Verbose(string message)
    {
    }

    public void Debug(string message)
    {
    }

    public void Warning(string message)
    {
    }
}
