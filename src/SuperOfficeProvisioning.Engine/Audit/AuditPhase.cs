namespace SuperOfficeProvisioning.Engine.Audit;

/// <summary>The stage of one change an audit line records.</summary>
public enum AuditPhase
{
    /// <summary>Written before the request that makes the change is sent.</summary>
    Intent,

    /// <summary>The server confirmed the change.</summary>
    Done,

    /// <summary>The server refused it, or it could not be sent.</summary>
    Failed,

    /// <summary>A later run read the tenant to settle an intent no Done or Failed line followed (the run was stopped).</summary>
    Reconciled,
}
