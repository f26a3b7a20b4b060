namespace SuperOfficeProvisioning.Sandbox.Scim.Store;

/// <summary>The requested page of a query, and how many resources matched in all.</summary>
internal sealed record QueryPage<T>(int TotalResults, IReadOnlyList<T> Resources);
