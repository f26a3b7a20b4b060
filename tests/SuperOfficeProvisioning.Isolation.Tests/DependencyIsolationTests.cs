using System.Management.Automation;
using System.Management.Automation.Runspaces;
using SuperOfficeProvisioning.TestSupport;
using Xunit;

namespace SuperOfficeProvisioning.Isolation.Tests;

public sealed class DependencyIsolationTests
{
    [Fact]
    public void Module_runs_its_own_msal_and_its_cache_helper_when_an_older_msal_is_already_loaded()
    {
        var olderMsal = Path.Combine(AppContext.BaseDirectory, "older-msal", "Microsoft.Identity.Client.dll");
        using var ps = PowerShell.Create(InitialSessionState.CreateDefault2());
        ps.AddScript("""
            param($OlderMsal, $Manifest)
            $older = [System.Reflection.Assembly]::LoadFrom($OlderMsal)
            Import-Module $Manifest -ErrorAction Stop
            $signIn = try {
                # An http authority gets past our transport rule (loopback) and is refused by MSAL's own checks:
                # MSAL's code runs, and no network is needed.
                Connect-SoTenant -Authority 'http://127.0.0.1:9/' -ClientId 'client' -ContextIdentifier 'Cust12345' -ErrorAction Stop
                'connected'
            } catch { $_.FullyQualifiedErrorId + '|' + $_.Exception.Message }
            # A persisted cache brings in MSAL's cache helper; with no keyring (or no server on port 9) the
            # connection fails, after the helper has been loaded.
            $cachePath = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'so-isolation-' + [guid]::NewGuid().ToString('N'), 'tokens.bin')
            $cached = try {
                Connect-SoTenant -Authority 'https://127.0.0.1:9/' -ClientId 'client' -ContextIdentifier 'Cust12345' -TokenCachePath $cachePath -ErrorAction Stop
                'connected'
            } catch { $_.FullyQualifiedErrorId }
            finally { [System.IO.Directory]::Delete([System.IO.Path]::GetDirectoryName($cachePath), $true) }
            $loaded = [System.Runtime.Loader.AssemblyLoadContext]::All | ForEach-Object {
                $context = $_
                $context.Assemblies | Where-Object { $_.GetName().Name -like 'Microsoft.Identity.Client*' } |
                    ForEach-Object { '{0}/{1}@{2}' -f $_.GetName().Name, $_.GetName().Version, $context.Name }
            }
            [pscustomobject]@{ Older = $older.GetName().Version.ToString(); SignIn = $signIn; Cached = $cached; Loaded = @($loaded) }
            """).AddArgument(olderMsal).AddArgument(RepositoryRoot.ModuleManifest);

        var result = ps.Invoke().Single();

        Assert.Empty(ps.Streams.Error);
        Assert.Equal("4.61.3.0", result.Properties["Older"].Value);
        var signIn = (string)result.Properties["SignIn"].Value;
        Assert.StartsWith("SignInFailed,", signIn);
        Assert.Contains("https", signIn, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual("connected", result.Properties["Cached"].Value);
        var loaded = ((object[])result.Properties["Loaded"].Value).Cast<string>().ToList();
        Assert.Contains(loaded, l => l.StartsWith("Microsoft.Identity.Client/4.61.3.0@Default", StringComparison.Ordinal));
        Assert.Contains(loaded, l => l.StartsWith("Microsoft.Identity.Client/4.92.0.0@", StringComparison.Ordinal) && !l.EndsWith("@Default", StringComparison.Ordinal));
        Assert.Contains(loaded, l => l.StartsWith("Microsoft.Identity.Client.Extensions.Msal/4.92.0.0@", StringComparison.Ordinal) && !l.EndsWith("@Default", StringComparison.Ordinal));
        Assert.DoesNotContain(loaded, l => l.StartsWith("Microsoft.Identity.Client.Extensions.Msal/", StringComparison.Ordinal) && l.EndsWith("@Default", StringComparison.Ordinal));
    }
}
