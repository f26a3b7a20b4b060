namespace SuperOfficeProvisioning.Sandbox.WebApi.ForeignApps;

/// <summary>ForeignKey, field for field as the docs give it.</summary>
internal sealed record ForeignKeyView(
    string Key, string Value, int RecordId, DateTimeOffset CreatedDate, DateTimeOffset UpdatedDate, string UpdatedBy, string CreatedBy, string TableName);
