using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Sandbox.Scim.Filtering;

/// <summary>What a bound filter is evaluated against: the values of an attribute of one resource.</summary>
internal interface IFilterSubject
{
    /// <summary>The attribute's elements: the items of a multi-valued attribute, else the single value (if any).</summary>
    IEnumerable<JsonNode?> ElementsOf(ResolvedPath path);

    /// <summary>Lets a subject answer a comparison from an index instead of enumerating; null means "evaluate normally".</summary>
    bool? TryMatchDirectly(ComparisonNode comparison) => null;
}
