namespace SuperOfficeProvisioning.Sandbox.WebApi.ForeignApps;

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
