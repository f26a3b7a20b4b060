using System;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Auth;

/// <summary>Opens a URL in the user's default browser.</summary>
internal static class SystemBrowser
{
    public static Task OpenAsync(Uri url)
    {
        try
        {
            var start = RuntimeInformation.IsOSPlatform(OSPlatform.Windows)
                ? new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true }
                : RuntimeInformation.IsOSPlatform(OSPlatform.OSX)
                    ? new ProcessStartInfo("open", Quote(url))
                    : new ProcessStartInfo("xdg-open", Quote(url));
            using (Process.Start(start))
            {
            }
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception || ex is InvalidOperationException)
        {
            throw new SoException(
                "BrowserUnavailable",
                SoErrorKind.Authentication,
                "No browser could be opened for the SuperID sign-in. On a machine without one, connect as the system user (-ClientSecret, -PrivateKeyPath, -SystemUserToken), or pass -BrowserCommand.",
                ex);
        }

        EngineLog.Current.Warning("Sign in to SuperOffice in the browser window that has opened.");
        return Task.CompletedTask;
    }

    private static string Quote(Uri url) => "\"" + url.AbsoluteUri.Replace("\"", "%22") + "\"";
}
