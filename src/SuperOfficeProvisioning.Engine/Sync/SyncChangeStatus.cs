namespace SuperOfficeProvisioning.Engine.Sync;

public enum SyncChangeStatus
{
    Planned,
    Applied,
    Failed,
    Skipped,
}
