namespace SuperOfficeProvisioning.Engine.Apps;

internal sealed class RecordEntry
{
    public RecordEntry(int? recordId, bool createAnnounced)
    {
        RecordId = recordId;
        CreateAnnounced = createAnnounced;
    }

    public int? RecordId { get; }

    public bool CreateAnnounced { get; }
}
