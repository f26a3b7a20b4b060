namespace SuperOfficeProvisioning.Engine.Apps.Handlers;

/// <summary>One object of the kind as planned: the row, where it lives and its claim (null when it cannot exist yet), the write asked about.</summary>
internal sealed class PlannedObject<TDesired, TScope>
    where TScope : class
{
    public PlannedObject(TDesired desired, ApplicationObjectResult row, TScope? scope, Claim? claim)
    {
        Desired = desired;
        Row = row;
        Scope = scope;
        Claim = claim;
    }

    public TDesired Desired { get; }

    public ApplicationObjectResult Row { get; }

    public TScope? Scope { get; }

    public Claim? Claim { get; }

    /// <summary>What -WhatIf and -Confirm are asked; null when nothing is to be written.</summary>
    public string? Action { get; set; }

    public bool Approved { get; set; }
}
