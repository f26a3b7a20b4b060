namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

/// <summary>The files and the tenant of one trial.</summary>
internal sealed record TrialContext(SandboxProcess Sandbox, TenantReadBack Tenant, int Seed)
{
    public string LogPath => Path.Combine(Sandbox.Folder, "audit.jsonl");

    public string UsersCsv => Path.Combine(Sandbox.Folder, "users.csv");
}
