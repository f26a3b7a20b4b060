using System.Text.Json;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Directory;

/// <summary>Reads directory files.</summary>
public static class EntraDirectoryFile
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static EntraDirectory Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        using var stream = File.OpenRead(fullPath);
        DirectoryDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<DirectoryDocument>(stream, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"'{fullPath}' is not a valid directory file: {ex.Message}", ex);
        }

        return new EntraDirectory(document ?? throw new InvalidDataException($"'{fullPath}' is empty."), fullPath);
    }
}
