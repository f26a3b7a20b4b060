namespace SuperOfficeProvisioning.Sandbox.Scim.Filtering;

internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    Contains,
    StartsWith,
    EndsWith,
    Present,
    GreaterThan,
    GreaterOrEqual,
    LessThan,
    LessOrEqual,
}
