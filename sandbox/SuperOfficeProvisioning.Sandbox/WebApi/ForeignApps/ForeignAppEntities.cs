namespace SuperOfficeProvisioning.Sandbox.WebApi.ForeignApps;

/// <summary>A foreign application as stored; the WebAPI shows it as <see cref="ForeignAppView"/> with its devices.</summary>
internal sealed class ForeignAppRow : IWebApiEntity<ForeignAppRow>
{
    public int ForeignAppId { get; set; }

    public string Name { get; set; } = "";

    public DateTimeOffset CreatedDate { get; set; }

    public DateTimeOffset UpdatedDate { get; set; }

    int IWebApiEntity<ForeignAppRow>.Id
    {
        get => ForeignAppId;
        set => ForeignAppId = value;
    }

    public ForeignAppRow Clone() => (ForeignAppRow)MemberwiseClone();
}

/// <summary>ForeignAppEntity, field for field as the docs give it (CreatedBy/UpdatedBy are Associates: null here).</summary>
internal sealed record ForeignAppView(
    int ForeignAppId, string Name, DateTimeOffset CreatedDate, DateTimeOffset UpdatedDate, object? CreatedBy, object? UpdatedBy,
    IReadOnlyList<ForeignDevice> Devices);

/// <summary>ForeignDevice, field for field as the docs give it: a device (an installation) of a foreign application.</summary>
internal sealed class ForeignDevice : IWebApiEntity<ForeignDevice>
{
    public int ForeignDeviceId { get; set; }

    public string Name { get; set; } = "";

    public DateTimeOffset CreatedDate { get; set; }

    public DateTimeOffset UpdatedDate { get; set; }

    public string AssociateFullName { get; set; } = "";

    public string CreatedBy { get; set; } = "";

    public string UpdatedBy { get; set; } = "";

    public string DeviceIdentifier { get; set; } = "";

    public int ForeignAppId { get; set; }

    int IWebApiEntity<ForeignDevice>.Id
    {
        get => ForeignDeviceId;
        set => ForeignDeviceId = value;
    }

    public ForeignDevice Clone() => (ForeignDevice)MemberwiseClone();
}

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

/// <summary>ForeignKey, field for field as the docs give it.</summary>
internal sealed record ForeignKeyView(
    string Key, string Value, int RecordId, DateTimeOffset CreatedDate, DateTimeOffset UpdatedDate, string UpdatedBy, string CreatedBy, string TableName);

/// <summary>The body of a key save: the fields a caller sets (dates and authors are the server's).</summary>
internal sealed class ForeignKeyDraft
{
    public string Key { get; set; } = "";

    public string Value { get; set; } = "";

    public int RecordId { get; set; }

    public string TableName { get; set; } = "";
}
