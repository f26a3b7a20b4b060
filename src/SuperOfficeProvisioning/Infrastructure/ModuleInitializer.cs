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
/// <remarks>
/// Import-Module loads every exported cmdlet type before it calls <see cref="OnImport"/>, when the engine cannot
/// be resolved yet. So no public type of this assembly derives from or implements an engine type; engine
/// interfaces are implemented by private adapters.
/// </remarks>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    internal const string EngineAssemblyName = "SuperOfficeProvisioning.Engine";

    private static readonly object Gate = new object();
    private static bool _registered;

    private static string DependencyFolder =>
        Path.Combine(Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location)!, "dependencies");

    private static bool IsCoreClr =>
        typeof(object).Assembly.GetType("System.Runtime.Loader.AssemblyLoadContext") is not null;

    public void OnImport() => Register();

    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        // The resolver stays: objects from the engine may outlive the module, and a re-import reuses it.
    }

    private static void Register()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            if (IsCoreClr)
            {
                IsolatedDependencies.Register(DependencyFolder);
            }
            else
            {
                AppDomain.CurrentDomain.AssemblyResolve += ResolveFromDependencyFolder;
            }

            _registered = true;
        }
    }

    private static Assembly? ResolveFromDependencyFolder(object? sender, ResolveEventArgs args)
    {
        var path = Path.Combine(DependencyFolder, new AssemblyName(args.Name).Name + ".dll");
        return File.Exists(path) ? Assembly.LoadFrom(path) : null;
    }
}
