namespace SuperOfficeProvisioning.Sandbox.Hosting;

/// <summary>What the command line asks for: the options, where to write the details, and the tenants of a multi-tenant host.</summary>
/// <param name="Tenants">The tenants of <c>--tenants</c> or <c>--tenants-file</c>; null for a sandbox of one tenant.</param>
internal sealed record SandboxCommand(SandboxOptions Options, string? DetailsFile, IReadOnlyList<SandboxOptions>? Tenants);
