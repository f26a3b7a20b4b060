namespace SuperOfficeProvisioning.Engine;

/// <summary>
/// Where the engine reports what it is doing. The cmdlet layer routes these to the Verbose, Debug and
/// Warning streams on the pipeline thread; messages never contain secrets.
/// </summary>
public interface IEngineLog
{
    void Verbose(string message);

    void Debug(string message);

    void Warning(string message);
}
