namespace SuperOfficeProvisioning.Sandbox.Hosting;

/// <summary>One tenant of a multi-tenant host: its parts, its services and the request pipeline built over them.</summary>
internal sealed record RoutedTenant(SandboxTenant Tenant, IServiceProvider Services, RequestDelegate Pipeline);
