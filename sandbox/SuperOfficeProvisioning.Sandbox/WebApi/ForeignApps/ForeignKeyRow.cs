namespace SuperOfficeProvisioning.Sandbox.WebApi.ForeignApps;

/// <summary>A foreign key as stored: the documented fields plus the row id and device the WebAPI never shows.</summary>
internal sealed class ForeignKeyRow : IWebApiEntity<ForeignKeyRow>
{
    public int Id { get; set; }

    public int ForeignDeviceId { get; set; }

    public string Key { get; set; } = "";

    public string Value { get; set; } = "";

    public int RecordId { get; set; }

    public string TableName { get; set; } = "";

    public DateTimeOffset CreatedDate { get; set; }

    public DateTimeOffset UpdatedDate { get; set; }

    public string CreatedBy { get; set; } = "";

    public string UpdatedBy { get; set; } = "";

    public ForeignKeyRow Clone() => (ForeignKeyRow)MemberwiseClone();

    public ForeignKeyView View() => new(Key, Value, RecordId, CreatedDate, UpdatedDate, UpdatedBy, CreatedBy, TableName);
}
