namespace SuperOfficeProvisioning.Sandbox.WebApi.ForeignApps;

/// <summary>ForeignAppEntity, field for field as the docs give it (CreatedBy/UpdatedBy are Associates: null here).</summary>
internal sealed record ForeignAppView(
    int ForeignAppId, string Name, DateTimeOffset CreatedDate, DateTimeOffset UpdatedDate, object? CreatedBy, object? UpdatedBy,
    IReadOnlyList<ForeignDevice> Devices);
