using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Bench.Input;
using SuperOfficeProvisioning.Bench.Sandboxes;

namespace SuperOfficeProvisioning.Bench.Baseline;

/// <summary>A baseline run on a sample, and its extrapolation to a full population.</summary>
public sealed record BaselineRun(int Users, TimeSpan Elapsed, int Requests, int Writes, int Failures)
{
    public double SecondsPerUser => Elapsed.TotalSeconds / Math.Max(1, Users);

    public double RequestsPerUser => (double)Requests / Math.Max(1, Users);

    public double ExtrapolatedSeconds(int users) => SecondsPerUser * users;
}
