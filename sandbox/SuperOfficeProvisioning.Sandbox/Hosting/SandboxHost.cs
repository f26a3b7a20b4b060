using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SuperOfficeProvisioning.Sandbox.Admin;
using SuperOfficeProvisioning.Sandbox.Faults;
using SuperOfficeProvisioning.Sandbox.Hosting;
using SuperOfficeProvisioning.Sandbox.Stats;
using SuperOfficeProvisioning.Sandbox.SuperId;
using SuperOfficeProvisioning.Sandbox.Tenant;
using SuperOfficeProvisioning.Sandbox.WebApi;

namespace SuperOfficeProvisioning.Sandbox;

/// <summary>Starts sandbox tenants: Kestrel on 127.0.0.1 over HTTPS with a certificate made at start-up.</summary>
public static class SandboxHost
{
    public static async Task<RunningSandbox> StartAsync(SandboxOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        CheckContextIdentifier(options);

        var certificate = LoopbackCertificate.Create();
        SandboxTenant? tenant = null;
        WebApplication? app = null;
        try
        {
            tenant = new SandboxTenant(options);
            tenant.Persistence.Start();
            app = Build(options, tenant, certificate);
            await app.StartAsync(cancellationToken);
            tenant.Addresses.Initialize(BoundAddress(app));
            return new RunningSandbox(app, tenant, certificate);
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            if (tenant is not null)
            {
                await tenant.DisposeAsync();
            }

            certificate.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Starts one host serving several tenants (Cust10001, Cust10002, … or as the options name them) behind one SuperID:
    /// one port, one certificate, one partner application; each tenant has its own data, SCIM token, system user token,
    /// state and faults. The host's port, logging and application are the first options'.
    /// </summary>
    public static async Task<RunningSandboxHost> StartTenantsAsync(IReadOnlyList<SandboxOptions> tenants, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenants);
        if (tenants.Count == 0)
        {
            throw new ArgumentException("A host serves at least one tenant.", nameof(tenants));
        }

        foreach (var options in tenants)
        {
            CheckContextIdentifier(options);
        }

        if (tenants.GroupBy(t => t.ContextIdentifier, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Tenant '{twice.Key}' is named more than once; each tenant needs a context identifier of its own.", nameof(tenants));
        }

        var certificate = LoopbackCertificate.Create();
        var shared = new SharedSandboxParts(new SandboxApplication(tenants[0]));
        var built = new List<SandboxTenant>();
        var pipelines = new List<WebApplication>();
        WebApplication? front = null;
        try
        {
            var routed = new List<RoutedTenant>();
            foreach (var options in tenants)
            {
                var tenant = new SandboxTenant(options, shared);
                built.Add(tenant);
                tenant.Persistence.Start();
                var pipelineBuilder = NewBuilder(tenants[0], tenant);
                pipelineBuilder.Services.AddSingleton<Microsoft.AspNetCore.Hosting.Server.IServer, FrontedServer>();
                var pipeline = pipelineBuilder.Build();
                pipelines.Add(pipeline);
                ConfigurePipeline(pipeline, tenant);
                pipeline.UseEndpoints(_ => { });
                routed.Add(new RoutedTenant(tenant, pipeline.Services, ((IApplicationBuilder)pipeline).Build()));
            }

            var router = new TenantRouter(routed);
            var frontBuilder = NewBuilder(tenants[0], null);
            frontBuilder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
                kestrel.Listen(IPAddress.Loopback, tenants[0].Port, listen => listen.UseHttps(certificate)));
            front = frontBuilder.Build();
            front.Run(router.InvokeAsync);
            await front.StartAsync(cancellationToken);
            var address = BoundAddress(front);
            foreach (var tenant in built)
            {
                tenant.Addresses.Initialize(address);
            }

            return new RunningSandboxHost(front, pipelines, router, built, shared, certificate);
        }
        catch
        {
            if (front is not null)
            {
                await front.DisposeAsync();
            }

            foreach (var pipeline in pipelines)
            {
                await pipeline.DisposeAsync();
            }

            foreach (var tenant in built)
            {
                await tenant.DisposeAsync();
            }

            shared.Dispose();
            certificate.Dispose();
            throw;
        }
    }

    private static WebApplication Build(SandboxOptions options, SandboxTenant tenant, X509Certificate2 certificate)
    {
        var builder = NewBuilder(options, tenant);
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, options.Port, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        ConfigurePipeline(app, tenant);
        return app;
    }

    private static WebApplicationBuilder NewBuilder(SandboxOptions options, SandboxTenant? tenant)
    {
        // An empty builder: the sandbox must not pick up appsettings files or ASPNETCORE_* variables of its host process.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddRouting();
        if (options.ConsoleLogging)
        {
            builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        }

        tenant?.Register(builder.Services);
        return builder;
    }

    /// <summary>One tenant's request pipeline: counted and faulted (admin routes aside), guarded by its state, then its routes.</summary>
    private static void ConfigurePipeline(WebApplication app, SandboxTenant tenant)
    {
        app.UseRouting();
        app.UseWhen(context => !AdminEndpoints.IsAdminPath(context.Request.Path), counted => counted
            .UseMiddleware<StatsMiddleware>()
            .UseMiddleware<FaultMiddleware>());
        app.UseMiddleware<ServerErrorMiddleware>();
        app.UseMiddleware<TenantGateMiddleware>();

        TenantStatusEndpoint.Map(app);
        SuperIdRoutes.Map(app);
        WebApiRoutes.Map(app);
        tenant.Scim.MapRoutes(app, tenant.Addresses.ScimBasePath);
        AdminEndpoints.Map(app, tenant.AdminKey);
    }

    private static void CheckContextIdentifier(SandboxOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ContextIdentifier) || options.ContextIdentifier.Contains('/'))
        {
            throw new ArgumentException("ContextIdentifier must be a single path segment such as Cust12345.", nameof(options));
        }
    }

    private static Uri BoundAddress(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        return new Uri($"https://127.0.0.1:{new Uri(address).Port}/");
    }
}
