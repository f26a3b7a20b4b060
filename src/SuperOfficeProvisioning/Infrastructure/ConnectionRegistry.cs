using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using SuperOfficeProvisioning.Engine.Connections;

namespace SuperOfficeProvisioning.Infrastructure;

/// <summary>
/// The current connection of each runspace. Two runspaces in one process (jobs, ForEach-Object -Parallel,
/// a hosting application) each keep their own.
/// </summary>
internal static class ConnectionRegistry
{
    private static readonly ConditionalWeakTable<Runspace, Holder> Connections = new ConditionalWeakTable<Runspace, Holder>();

    /// <summary>Reads or replaces the current runspace's connection; call on the pipeline thread.</summary>
    public static SoConnection? Current
    {
        get => Connections.TryGetValue(Runspace.DefaultRunspace, out var holder) ? holder.Connection : null;
        set => Connections.GetValue(Runspace.DefaultRunspace, _ => new Holder()).Connection = value;
    }

    private sealed class Holder
    {
        public SoConnection? Connection { get; set; }
    }
}
