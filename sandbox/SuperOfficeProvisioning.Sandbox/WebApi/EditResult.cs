namespace SuperOfficeProvisioning.Sandbox.WebApi;

/// <summary>The outcome of an edit: the stored entity, or the error that stopped it.</summary>
internal sealed record EditResult<T>(Stamped<T>? Stored, IResult? Error);
