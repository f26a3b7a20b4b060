namespace SuperOfficeProvisioning.Sandbox.WebApi.ForeignApps;

/// <summary>The body of a key save: the fields a caller sets (dates and authors are the server's).</summary>
internal sealed class ForeignKeyDraft
{
    public string Key { get; set; } = "";

    public string Value { get; set; } = "";

    public int RecordId { get; set; }

    public string TableName { get; set; } = "";
}
