using System.Runtime.Versioning;
using Xunit;
using Mode = System.IO.UnixFileMode;
using OwnerOnly = SuperOfficeProvisioning.Engine.Auth.UnixFileMode;

namespace SuperOfficeProvisioning.Engine.Tests.Auth;

/// <summary>The engine reaches File.SetUnixFileMode by reflection; these show that it finds it and sets what it says.</summary>
public sealed class UnixFileModeTests : IDisposable
{
    private const Mode Everyone = Mode.UserRead | Mode.UserWrite | Mode.UserExecute | Mode.GroupRead | Mode.GroupWrite | Mode.GroupExecute
        | Mode.OtherRead | Mode.OtherWrite | Mode.OtherExecute;

    private readonly string _folder = Directory.CreateTempSubdirectory("so-file-mode-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [UnixFact]
    [SupportedOSPlatform("linux")]
    [SupportedOSPlatform("macos")]
    public void A_file_is_left_readable_and_writable_by_its_owner_alone()
    {
        var file = Path.Combine(_folder, "tokens.bin");
        File.WriteAllText(file, string.Empty);
        File.SetUnixFileMode(file, Everyone);

        OwnerOnly.RestrictToOwner(file, directory: false);

        Assert.Equal(Mode.UserRead | Mode.UserWrite, File.GetUnixFileMode(file));
    }

    [UnixFact]
    [SupportedOSPlatform("linux")]
    [SupportedOSPlatform("macos")]
    public void A_folder_is_left_to_its_owner_alone()
    {
        var folder = Path.Combine(_folder, "cache");
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, Everyone);

        OwnerOnly.RestrictToOwner(folder, directory: true);

        Assert.Equal(Mode.UserRead | Mode.UserWrite | Mode.UserExecute, File.GetUnixFileMode(folder));
    }
}
