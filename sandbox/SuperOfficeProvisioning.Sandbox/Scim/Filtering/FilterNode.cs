namespace SuperOfficeProvisioning.Sandbox.Scim.Filtering;

/// <summary>A parsed SCIM filter (RFC 7644 section 3.4.2.2). <see cref="object.ToString"/> gives a fully parenthesised form.</summary>
internal abstract record FilterNode;
