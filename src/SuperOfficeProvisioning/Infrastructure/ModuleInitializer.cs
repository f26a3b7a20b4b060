using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;

namespace SuperOfficeProvisioning.Infrastructure;

/// <summary>
/// Serves the engine and its third-party assemblies from the module's <c>dependencies</c> folder. On PowerShell 7
/// they load into a private load context, so another module's MSAL or Newtonsoft.Json (say Microsoft Graph's)
/// and ours live side by side; on Windows PowerShell 5.1 they are resolved from the folder as usual.
/// </summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    internal const string EngineAssemblyName = "SuperOfficeProvisioning.Engine";

    private static readonly string DependencyFolder =
        Path.Combine(Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location)!, "dependencies");

    private static readonly bool IsCoreClr =
        typeof(object).Assembly.GetType("System.Runtime.Loader.AssemblyLoadContext") is not null;

    public void OnImport()
    {
        if (IsCoreClr)
        {
            IsolatedDependencies.Register(DependencyFolder);
        }
        else
        {
            AppDomain.CurrentDomain.AssemblyResolve += ResolveFromDependencyFolder;
        }
    }

    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        if (!IsCoreClr)
        {
            AppDomain.CurrentDomain.AssemblyResolve -= ResolveFromDependencyFolder;
        }

        // On PowerShell 7 the resolver stays: types from the engine may still be referenced by live objects.
    }

    private static Assembly? ResolveFromDependencyFolder(object? sender, ResolveEventArgs args)
    {
        var path = Path.Combine(DependencyFolder, new AssemblyName(args.Name).Name + ".dll");
        return File.Exists(path) ? Assembly.LoadFrom(path) : null;
    }
}
