using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Filtering;
using SuperOfficeProvisioning.Sandbox.Scim.Schema;

namespace SuperOfficeProvisioning.Sandbox.Scim.Protocol;

/// <summary>
/// The <c>attributes</c> and <c>excludedAttributes</c> parameters (RFC 7644 section 3.9). <c>id</c> and <c>schemas</c>
/// are always returned. Selecting a sub-attribute of a multi-valued attribute (<c>emails.value</c>) returns the
/// whole attribute.
/// </summary>
internal sealed class AttributeSelection
{
    public static readonly AttributeSelection All = new([], []);

    private readonly IReadOnlyList<ResolvedPath> _included;
    private readonly IReadOnlyList<ResolvedPath> _excluded;

    private AttributeSelection(IReadOnlyList<ResolvedPath> included, IReadOnlyList<ResolvedPath> excluded)
    {
        _included = included;
        _excluded = excluded;
    }

    public bool IsDefault => _included.Count == 0 && _excluded.Count == 0;

    /// <summary>Whether a group's members are to be written; <c>excludedAttributes=members</c> skips reading them at all.</summary>
    public bool IncludesMembers => _included.Count > 0 ? _included.Any(IsMembers) : !_excluded.Any(IsMembers);

    public static AttributeSelection Parse(string? attributes, string? excludedAttributes, ScimResourceSchema schema)
    {
        var included = ParseList(attributes, schema);
        var excluded = ParseList(excludedAttributes, schema);
        return included.Count == 0 && excluded.Count == 0 ? All : new AttributeSelection(included, excluded);
    }

    public JsonObject Apply(JsonObject resource)
    {
        if (IsDefault)
        {
            return resource;
        }

        var result = resource;
        if (_included.Count > 0)
        {
            result = new JsonObject { ["schemas"] = resource["schemas"]?.DeepClone(), ["id"] = resource["id"]?.DeepClone() };
            foreach (var path in _included)
            {
                Copy(resource, result, path);
            }
        }

        foreach (var path in _excluded.Where(path => path.Attribute?.Returned != "always"))
        {
            Remove(result, path);
        }

        return result;
    }

    private static List<ResolvedPath> ParseList(string? list, ScimResourceSchema schema) =>
        string.IsNullOrWhiteSpace(list)
            ? []
            : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(name => Resolve(name, schema))
                .ToList();

    private static ResolvedPath Resolve(string name, ScimResourceSchema schema)
    {
        try
        {
            var path = FilterBinder.BindPath(FilterParser.ParsePath(name), schema, ScimException.InvalidValue).Bound;
            return path.ElementFilter is null ? path : throw ScimException.InvalidValue($"'{name}': attribute lists cannot hold filters.");
        }
        catch (FilterSyntaxException exception)
        {
            throw ScimException.InvalidValue($"'{name}' is not an attribute name: {exception.Message}");
        }
    }

    private static bool IsMembers(ResolvedPath path) => path is { Extension: null, Attribute.Name: "members" };

    private static void Copy(JsonObject source, JsonObject target, ResolvedPath path)
    {
        if (path.Attribute is null)
        {
            CopyProperty(source, target, path.Extension!.Id);
            return;
        }

        var sourceContainer = path.Extension is null ? source : source[path.Extension.Id] as JsonObject;
        if (sourceContainer is null)
        {
            return;
        }

        var targetContainer = target;
        if (path.Extension is not null)
        {
            targetContainer = target[path.Extension.Id] as JsonObject ?? new JsonObject();
            target[path.Extension.Id] = targetContainer;
        }

        if (path.SubAttribute is null || path.Attribute.MultiValued)
        {
            CopyProperty(sourceContainer, targetContainer, path.Attribute.Name);
        }
        else if (sourceContainer[path.Attribute.Name] is JsonObject complex && complex[path.SubAttribute.Name] is { } subValue)
        {
            var targetComplex = targetContainer[path.Attribute.Name] as JsonObject ?? new JsonObject();
            targetComplex[path.SubAttribute.Name] = subValue.DeepClone();
            targetContainer[path.Attribute.Name] = targetComplex;
        }
    }

    private static void CopyProperty(JsonObject source, JsonObject target, string name)
    {
        if (source[name] is { } value)
        {
            target[name] = value.DeepClone();
        }
    }

    private static void Remove(JsonObject resource, ResolvedPath path)
    {
        if (path.Attribute is null)
        {
            resource.Remove(path.Extension!.Id);
            return;
        }

        var container = path.Extension is null ? resource : resource[path.Extension.Id] as JsonObject;
        if (container is null)
        {
            return;
        }

        if (path.SubAttribute is null)
        {
            container.Remove(path.Attribute.Name);
            return;
        }

        IEnumerable<JsonNode?> elements = container[path.Attribute.Name] switch
        {
            JsonArray array => array,
            JsonObject single => new JsonNode?[] { single },
            _ => [],
        };
        foreach (var element in elements.OfType<JsonObject>())
        {
            element.Remove(path.SubAttribute.Name);
        }
    }
}
