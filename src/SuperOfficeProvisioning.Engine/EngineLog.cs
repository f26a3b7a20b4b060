using System;
using System.Threading;

namespace SuperOfficeProvisioning.Engine;

/// <summary>
/// The log of the command currently running. A cmdlet opens a scope around its work; everything the engine
/// does inside it, including requests MSAL sends through the HTTP pipeline, reports there.
/// </summary>
public static class EngineLog
{
    private static readonly AsyncLocal<IEngineLog?> CurrentLog = new AsyncLocal<IEngineLog?>();

    public static IEngineLog Current => CurrentLog.Value ?? NullEngineLog.Instance;

    public static IDisposable BeginScope(IEngineLog log)
    {
        var previous = CurrentLog.Value;
        CurrentLog.Value = log;
        return new Scope(previous);
    }

    private sealed class Scope : IDisposable
    {
        private readonly IEngineLog? _previous;

        public Scope(IEngineLog? previous) => _previous = previous;

        public void Dispose() => CurrentLog.Value = _previous;
    }
}
