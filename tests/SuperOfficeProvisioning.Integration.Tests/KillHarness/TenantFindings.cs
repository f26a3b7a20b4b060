namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

/// <summary>What a trial found in the tenant after the kill and the re-run.</summary>
internal sealed record TenantFindings(
    IReadOnlyList<string> Problems,
    IReadOnlyDictionary<string, int> Figures,
    IReadOnlyList<ExpectedChange> Changes,
    IReadOnlyCollection<string> Untouchable);
