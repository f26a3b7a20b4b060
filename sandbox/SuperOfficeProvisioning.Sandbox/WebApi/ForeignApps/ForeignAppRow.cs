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
