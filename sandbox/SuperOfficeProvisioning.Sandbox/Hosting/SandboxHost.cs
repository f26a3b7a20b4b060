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
        if (string.IsNullOrWhiteSpace(options.ContextIdentifier) || options.ContextIdentifier.Contains('/'))
        {
            throw new ArgumentException("ContextIdentifier must be a single path segment such as Cust12345.", nameof(options));
        }

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

    private static WebApplication Build(SandboxOptions options, SandboxTenant tenant, X509Certificate2 certificate)
    {
        // An empty builder: the sandbox must not pick up appsettings files or ASPNETCORE_* variables of its host process.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, options.Port, listen => listen.UseHttps(certificate)));
        builder.Services.AddRouting();
        if (options.ConsoleLogging)
        {
            builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        }

        tenant.Register(builder.Services);
        var app = builder.Build();

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
        return app;
    }

    private static Uri BoundAddress(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        return new Uri($"https://127.0.0.1:{new Uri(address).Port}/");
    }
}
