namespace SuperOfficeProvisioning.SandboxTools.Entra.Query;

/// <summary>
/// One property of a Graph resource: its JSON name, whether Graph returns it without <c>$select</c>, and how to
/// read its JSON value (string, bool, null, or an <c>object[]</c> for collections) from a stored record.
/// </summary>
internal sealed record GraphProperty<TRecord>(string Name, bool IsDefault, Func<TRecord, object?> Read);
