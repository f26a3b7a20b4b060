using System.Globalization;

namespace SuperOfficeProvisioning.Bench.Scenarios;

/// <summary>Builds <see cref="TargetCheck"/>s with the target and the figure written the same way everywhere.</summary>
internal static class Checks
{
    public static TargetCheck AtMost(string what, double actual, double limit, string unit, string format = "0.0") =>
        new($"{what} ≤ {Text(limit, format)}{unit}", Text(actual, format) + unit, actual <= limit);

    public static TargetCheck AtLeast(string what, double actual, double limit, string unit, string format = "0.0") =>
        new($"{what} ≥ {Text(limit, format)}{unit}", Text(actual, format) + unit, actual >= limit);

    public static TargetCheck SpeedUp(double? speedUp, double limit) =>
        speedUp is { } value
            ? new($"≥ {limit:0}× the baseline", $"{value:0.0}×", value >= limit)
            : new($"≥ {limit:0}× the baseline", "no baseline", false);

    /// <summary>The requests target of scenario 1: per created user, plus the page reads and a few fixed reads.</summary>
    public static TargetCheck CreateRequests(long requests, int created, int objects, int pageSize)
    {
        var pages = Targets.PageReads(objects, pageSize);
        var allowed = Math.Floor((Targets.RequestsPerCreatedUser * created) + pages + Targets.FixedRequests);
        return new(
            $"requests ≤ {Targets.RequestsPerCreatedUser} × {created:N0} created + {pages} page reads + {Targets.FixedRequests} = {allowed:N0}",
            $"{requests:N0}",
            requests <= allowed);
    }

    /// <summary>Every user the scenario asked for exists, and the cmdlet reported no error.</summary>
    public static TargetCheck AllCreated(long created, long wanted, int errors) =>
        new($"all {wanted:N0} created, no error", $"{created:N0} created, {errors} error(s)", created == wanted && errors == 0);

    public static TargetCheck Equal(string what, long actual, long expected) =>
        new($"{what} = {expected:N0}", $"{actual:N0}", actual == expected);

    private static string Text(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
