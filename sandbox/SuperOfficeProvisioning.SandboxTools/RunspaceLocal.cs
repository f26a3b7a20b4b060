using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace SuperOfficeProvisioning.SandboxTools;

/// <summary>
/// A value per PowerShell session, so two runspaces in one process (parallel tests, the Shell) never share a
/// directory or a sandbox. Cmdlets run on their runspace's pipeline thread, where <see cref="Runspace.DefaultRunspace"/> is set.
/// </summary>
internal sealed class RunspaceLocal<T>
    where T : class
{
    private readonly ConditionalWeakTable<Runspace, T> values = new();

    public T? Value
    {
        get => values.TryGetValue(CurrentRunspace, out var value) ? value : null;
        set
        {
            if (value is null)
            {
                values.Remove(CurrentRunspace);
            }
            else
            {
                values.AddOrUpdate(CurrentRunspace, value);
            }
        }
    }

    public T GetOrAdd(Func<T> create) => values.GetValue(CurrentRunspace, _ => create());

    private static Runspace CurrentRunspace =>
        Runspace.DefaultRunspace ?? throw new InvalidOperationException("No PowerShell runspace is running on this thread.");
}
