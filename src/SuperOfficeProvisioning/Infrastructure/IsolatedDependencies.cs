using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace SuperOfficeProvisioning.Infrastructure;

/// <summary>
/// PowerShell 7 only: the engine is loaded into <see cref="DependencyLoadContext"/> when the default context
/// cannot find it, and everything the engine references is then resolved there first.
/// </summary>
internal static class IsolatedDependencies
{
    private static DependencyLoadContext? _context;

    /// <summary>Called once, under the module initializer's lock.</summary>
    public static void Register(string dependencyFolder)
    {
        _context = new DependencyLoadContext(dependencyFolder);
        AssemblyLoadContext.Default.Resolving += ResolveEngine;
    }

    private static Assembly? ResolveEngine(AssemblyLoadContext defaultContext, AssemblyName name) =>
        string.Equals(name.Name, ModuleInitializer.EngineAssemblyName, StringComparison.Ordinal)
            ? _context!.LoadFromAssemblyName(name)
            : null;

    private sealed class DependencyLoadContext : AssemblyLoadContext
    {
        private readonly string _folder;
        private readonly HashSet<string> _frameworkAssemblies;

        public DependencyLoadContext(string folder)
        {
            _folder = folder;
            _frameworkAssemblies = FrameworkAssemblyNames();
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            // The runtime's own System.* assemblies are newer than the netstandard shims in the folder: share them.
            if (assemblyName.Name is null || _frameworkAssemblies.Contains(assemblyName.Name))
            {
                return null;
            }

            var path = Path.Combine(_folder, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }

        private static HashSet<string> FrameworkAssemblyNames()
        {
            // Only what the runtime itself ships is shared; anything an application or another module
            // brought (its own MSAL, its own Newtonsoft.Json) stays out of our way.
            var runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            return new HashSet<string>(
                Directory.EnumerateFiles(runtimeFolder, "*.dll").Select(Path.GetFileNameWithoutExtension),
                StringComparer.OrdinalIgnoreCase);
        }
    }
}
