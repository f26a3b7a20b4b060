using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace SuperOfficeProvisioning.SandboxTools;

/// <summary>
/// pwsh runs on the .NET runtime alone, without the ASP.NET Core shared framework the sandbox is built on. On
/// import, ASP.NET Core's assemblies are resolved from that framework where it sits beside the running runtime
/// (the same major version), so Start-SoSandbox works in a plain pwsh as it does in a hosted engine.
/// </summary>
public sealed class AspNetCoreFramework : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private const string FrameworkName = "Microsoft.AspNetCore.App";

    private static readonly Lazy<string?> Directory = new(FindDirectory);

    public void OnImport() => AssemblyLoadContext.Default.Resolving += Resolve;

    public void OnRemove(PSModuleInfo psModuleInfo) => AssemblyLoadContext.Default.Resolving -= Resolve;

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        if (Directory.Value is not { } directory || name.Name is null)
        {
            return null;
        }

        var path = Path.Combine(directory, name.Name + ".dll");
        return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
    }

    /// <summary>shared/Microsoft.AspNetCore.App/&lt;version&gt; beside shared/Microsoft.NETCore.App/&lt;version&gt;.</summary>
    private static string? FindDirectory()
    {
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory());
        var frameworks = runtime.Parent?.Parent;
        var candidates = frameworks is null ? null : new DirectoryInfo(Path.Combine(frameworks.FullName, FrameworkName));
        if (candidates is null || !candidates.Exists || !Version.TryParse(runtime.Name, out var running))
        {
            return null;
        }

        return candidates.EnumerateDirectories()
            .Select(d => (Directory: d.FullName, Version: Version.TryParse(d.Name, out var v) ? v : null))
            .Where(c => c.Version is not null && c.Version.Major == running.Major)
            .OrderByDescending(c => c.Version!.Minor == running.Minor && c.Version.Build == running.Build)
            .ThenByDescending(c => c.Version)
            .Select(c => c.Directory)
            .FirstOrDefault();
    }
}
