namespace SuperOfficeProvisioning.Sandbox.OData;

/// <summary>
/// A literal of a filter. <see cref="Text"/> is the string's value (quotes removed, <c>''</c> read as one quote),
/// the number as written, <c>true</c> or <c>false</c>, or <c>null</c>.
/// </summary>
public readonly record struct ODataLiteral(ODataLiteralKind Kind, string Text);
