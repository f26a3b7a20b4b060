using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Security;

namespace SuperOfficeProvisioning.Bench.Driver;

/// <summary>
/// Runs in the driver process: the real module in a hosted PowerShell engine, fed generated Get-MgUser objects
/// as pipeline input, measured with Stopwatch, the process's own figures and the GC's allocation counter.
/// </summary>
internal static class ModuleDriver
{
    private static readonly string[] SummaryProperties = ["Created", "Updated", "Reactivated", "MembersAdded", "MembersRemoved", "Failed", "Unchanged", "RequestsSent"];

    public static DriverResult Run(DriverJob job)
    {
        var open = Stopwatch.StartNew();
        using var ps = PowerShell.Create(InitialSessionState.CreateDefault2());
        InvokeOrThrow(ps, p => p.AddScript("$null"));
        open.Stop();

        var import = Stopwatch.StartNew();
        InvokeOrThrow(ps, p => p.AddCommand("Import-Module").AddParameter("Name", job.ModuleManifest).AddParameter("ErrorAction", "Stop"));
        import.Stop();

        var result = new DriverResult { RunspaceOpenMs = open.Elapsed.TotalMilliseconds, ImportMs = import.Elapsed.TotalMilliseconds };
        if (job.Command == DriverCommand.Import)
        {
            return result with { PeakWorkingSetBytes = CurrentProcess().PeakWorkingSet64 };
        }

        if (job.Command == DriverCommand.Script)
        {
            return Measure(ps, job, result);
        }

        InvokeOrThrow(ps, p => p.AddCommand("Connect-SoTenant")
            .AddParameter("ScimUrl", new Uri(job.ScimUrl!))
            .AddParameter("ScimToken", ToSecureString(job.ScimToken!))
            .AddParameter("CertificateThumbprint", job.CertificateThumbprint));
        return Measure(ps, job, result);
    }

    private static DriverResult Measure(PowerShell ps, DriverJob job, DriverResult result)
    {
        var input = job.Command == DriverCommand.Script ? [] : MgUserObjects.For(job);
        if (!job.StreamInput)
        {
            input = input.ToList();
        }

        var reachableBefore = ReachableBytes();
        var process = CurrentProcess();
        var workingSetBefore = process.WorkingSet64;
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gen2Before = GC.CollectionCount(2);
        var started = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();

        Collection<PSObject> output;
        Exception? terminatingError;
        long peakManagedHeap;
        using (var heap = new HeapSampler())
        {
            (output, terminatingError) = InvokeCmdlet(ps, job, input);
            watch.Stop();
            peakManagedHeap = heap.Peak;
        }

        var ended = DateTimeOffset.UtcNow;
        process.Refresh();
        var errors = ps.Streams.Error.ToList();
        var messages = errors.Select(e => e.ToString()).ToList();
        if (terminatingError is not null)
        {
            messages.Insert(0, "Terminating: " + terminatingError.Message);
        }

        return result with
        {
            WallMs = watch.Elapsed.TotalMilliseconds,
            PipelineStartedUtc = started,
            PipelineEndedUtc = ended,
            CpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds,
            AllocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,
            Gen2Collections = GC.CollectionCount(2) - gen2Before,
            Outputs = output.Count,
            Errors = errors.Count + (terminatingError is null ? 0 : 1),
            ErrorIds = errors.GroupBy(e => e.FullyQualifiedErrorId.Split(',')[0]).ToDictionary(g => g.Key, g => g.Count()),
            FirstErrors = messages.Take(5).ToList(),
            WorkingSetBeforeRunBytes = workingSetBefore,
            PeakWorkingSetBytes = process.PeakWorkingSet64,
            PeakManagedHeapBytes = peakManagedHeap,
            RetainedAfterRunBytes = ReachableBytes() - reachableBefore,
            SyncSummary = Summarise(output),
        };
    }

    private static (Collection<PSObject> Output, Exception? Terminating) InvokeCmdlet(PowerShell ps, DriverJob job, IEnumerable<PSObject> input)
    {
        ps.Commands.Clear();
        ps.Streams.ClearStreams();
        if (job.StreamInput)
        {
            // A script that emits an enumerable streams it: each object is generated as the cmdlet asks for it.
            ps.AddScript("param($Members) $Members").AddArgument(input);
        }

        if (job.Command == DriverCommand.Script)
        {
            ps.AddScript(job.Script!);
            try
            {
                return (ps.Invoke(), null);
            }
            catch (RuntimeException ex)
            {
                return ([], ex);
            }
        }

        if (job.Command == DriverCommand.SyncGroup)
        {
            ps.AddCommand("Sync-SoGroup").AddParameter("GroupName", job.GroupName).AddParameter("GroupId", job.GroupId);
        }
        else
        {
            ps.AddCommand("New-SoUser");
        }

        if (job.ThrottleLimit is { } limit)
        {
            ps.AddParameter("ThrottleLimit", limit);
        }

        try
        {
            return (job.StreamInput ? ps.Invoke() : ps.Invoke(input), null);
        }
        catch (RuntimeException ex)
        {
            return ([], ex);
        }
    }

    private static long ReachableBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static Dictionary<string, long> Summarise(IEnumerable<PSObject> output)
    {
        var summary = output.FirstOrDefault(o => o.TypeNames.Contains("SuperOffice.SyncResult"));
        return summary is null
            ? []
            : SummaryProperties
                .Where(name => summary.Properties[name]?.Value is not null)
                .ToDictionary(name => name, name => Convert.ToInt64(summary.Properties[name].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void InvokeOrThrow(PowerShell ps, Action<PowerShell> build)
    {
        ps.Commands.Clear();
        ps.Streams.ClearStreams();
        build(ps);
        ps.Invoke();
        if (ps.Streams.Error.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, ps.Streams.Error.Select(e => e.ToString())));
        }
    }

    private static Process CurrentProcess()
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        return process;
    }

    private static SecureString ToSecureString(string text)
    {
        var secure = new SecureString();
        foreach (var character in text)
        {
            secure.AppendChar(character);
        }

        secure.MakeReadOnly();
        return secure;
    }
}
