namespace SuperOfficeProvisioning.Sandbox.WebApi.ForeignApps;

/// <summary>
/// The keys of a foreign device: add (POST) or save (PUT) one, find one by name, table and value or by name, table and
/// record, and delete by name, table and record (record 0 deletes every key of that name in the table, as documented).
/// </summary>
internal static class ForeignKeyEndpoints
{
    private const string KeyRoute = ForeignAppEndpoints.DeviceRoute + "/Key";
    private const string ByTableRoute = KeyRoute + "/{keyName}/{tableName}";
    private const string ByRecordRoute = ByTableRoute + "/{recordId:int}";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost(KeyRoute, (HttpContext context, string applicationName, string deviceName, string deviceIdentifier, ForeignAppStore store) =>
            SaveAsync(context, applicationName, deviceName, deviceIdentifier, store, replace: false));
        api.MapPut(KeyRoute, (HttpContext context, string applicationName, string deviceName, string deviceIdentifier, ForeignAppStore store) =>
            SaveAsync(context, applicationName, deviceName, deviceIdentifier, store, replace: true));
        api.MapGet(ByTableRoute, (HttpContext context, string applicationName, string deviceName, string deviceIdentifier, string keyName, string tableName, ForeignAppStore store) =>
        {
            if (!context.Request.Query.TryGetValue("Value", out var value))
            {
                return WebApiErrors.Invalid("Value", "Value is required: the value of the key to find.");
            }

            return Found(store.FindKeyByValue(S(applicationName), S(deviceName), S(deviceIdentifier), S(keyName), S(tableName), value.ToString()), keyName);
        });
        api.MapGet(ByRecordRoute, (string applicationName, string deviceName, string deviceIdentifier, string keyName, string tableName, int recordId, ForeignAppStore store) =>
            Found(store.FindKeyByRecord(S(applicationName), S(deviceName), S(deviceIdentifier), S(keyName), S(tableName), recordId), keyName));
        api.MapDelete(ByRecordRoute, (HttpContext context, string applicationName, string deviceName, string deviceIdentifier, string keyName, string tableName, int recordId, ForeignAppStore store) =>
            store.DeleteKeys(S(applicationName), S(deviceName), S(deviceIdentifier), S(keyName), S(tableName), recordId) > 0
                ? WebApiResults.Deleted(context)
                : Results.NoContent());
    }

    private static string S(string raw) => ForeignAppEndpoints.Segment(raw);

    private static IResult Found(ForeignKeyView? key, string keyName) =>
        key is not null ? WebApiResults.Json(key) : WebApiErrors.NotFound($"There is no foreign key '{S(keyName)}' that matches.", "ForeignKey");

    private static async Task<IResult> SaveAsync(HttpContext context, string applicationName, string deviceName, string deviceIdentifier, ForeignAppStore store, bool replace)
    {
        var (body, error) = await RequestBody.ReadObjectAsync(context);
        var draft = new ForeignKeyDraft();
        if ((error ?? JsonFields.Apply(draft, body!, new HashSet<string>())) is { } invalid)
        {
            return invalid;
        }

        if (string.IsNullOrWhiteSpace(draft.Key))
        {
            return WebApiErrors.Invalid("Key", "Key is required: the name of the foreign key.");
        }

        var saved = store.SaveKey(S(applicationName), S(deviceName), S(deviceIdentifier), draft, ForeignAppEndpoints.Author(context), replace);
        return saved is null ? ForeignAppEndpoints.DeviceNotFound(deviceName, deviceIdentifier) : ForeignAppEndpoints.Written(context, saved);
    }
}
