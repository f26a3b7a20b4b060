using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SuperOfficeProvisioning.Sandbox.Json;

/// <summary>The JSON settings of the WebAPI, the admin endpoint and the state file.</summary>
internal static class SandboxJson
{
    /// <summary>
    /// PascalCase property names as SuperOffice writes them; reading ignores case like SuperOffice's own binder.
    /// Set explicitly on every write so the SCIM routes keep their own (camelCase) conventions.
    /// </summary>
    public static readonly JsonSerializerOptions Options = Create(indented: false);

    /// <summary>The same settings, indented, for the state file and the printed details.</summary>
    public static readonly JsonSerializerOptions Indented = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = null,
            PropertyNameCaseInsensitive = true,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }
}
