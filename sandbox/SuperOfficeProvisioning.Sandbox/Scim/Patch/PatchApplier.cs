using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Filtering;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;
using SuperOfficeProvisioning.Sandbox.Scim.Schema;

namespace SuperOfficeProvisioning.Sandbox.Scim.Patch;

/// <summary>
/// Applies PATCH operations to a resource's SCIM JSON, following RFC 7644 section 3.5.2 where Entra agrees with it:
/// <list type="bullet">
/// <item>Without a path, the value is an object whose keys are themselves paths (<c>"active"</c>,
/// <c>"name.givenName"</c>, an extension URN with an object of its attributes).</item>
/// <item>Replacing a complex attribute merges sub-attributes; replacing a multi-valued one replaces all values; adding
/// to a multi-valued one appends values not already present.</item>
/// <item>A scalar value for a complex attribute with a <c>value</c> sub-attribute means <c>{"value": …}</c> (Entra's
/// <c>manager</c>).</item>
/// <item>Add or replace through a value filter that matches nothing creates the element from the filter's
/// <c>eq</c> terms (Entra sends <c>emails[type eq "work"].value</c> for an address that does not exist yet).</item>
/// <item>Remove with a value on a multi-valued attribute removes the elements with those values (Entra's members).</item>
/// <item>Setting <c>primary</c> true on one element sets it false on the others.</item>
/// </list>
/// The caller re-reads the result through the schema, which checks types and required attributes.
/// </summary>
internal static class PatchApplier
{
    public static void Apply(JsonObject resource, PatchOperation operation, ScimResourceSchema schema)
    {
        if (operation.Path is not null)
        {
            ApplyAt(resource, PatchOperation.BindPath(operation.Path, schema), operation.Kind, operation.Value, schema);
            return;
        }

        if (operation.Kind == PatchOperationKind.Remove)
        {
            throw ScimException.NoTarget("A remove operation needs a path.");
        }

        if (operation.Value is not JsonObject attributes)
        {
            throw ScimException.InvalidValue("Without a path, the value must be an object of attributes.");
        }

        foreach (var (key, value) in attributes)
        {
            if (!string.Equals(key, "schemas", StringComparison.OrdinalIgnoreCase))
            {
                ApplyAt(resource, PatchOperation.BindPath(key, schema), operation.Kind, value, schema);
            }
        }
    }

    private static void ApplyAt(JsonObject resource, AttributePath path, PatchOperationKind kind, JsonNode? value, ScimResourceSchema schema)
    {
        var target = path.Bound;
        if (target.Attribute is null)
        {
            ApplyToExtension(resource, target.Extension!, kind, value, schema);
            return;
        }

        var attribute = target.Attribute;
        if (attribute.Mutability == ScimMutability.ReadOnly)
        {
            var current = resource.GetIgnoringCase(attribute.Name);
            if (kind != PatchOperationKind.Remove && target.SubAttribute is null && JsonNode.DeepEquals(current, value))
            {
                return;
            }

            throw ScimException.Mutability($"'{attribute.Name}' is read-only.");
        }

        var container = target.Extension is null
            ? resource
            : PatchJson.ChildObject(resource, target.Extension.Id, create: kind != PatchOperationKind.Remove);
        if (container is null)
        {
            return;
        }

        if (target.ElementFilter is not null)
        {
            ApplyToMatchingElements(container, attribute, target.ElementFilter, target.SubAttribute, kind, value);
        }
        else if (target.SubAttribute is not null)
        {
            ApplyToSubAttribute(container, attribute, target.SubAttribute, kind, value);
        }
        else
        {
            ApplyToAttribute(container, attribute, kind, value);
        }

        if (target.Extension is not null && container.Count == 0)
        {
            resource.RemoveIgnoringCase(target.Extension.Id);
        }
    }

    private static void ApplyToExtension(
        JsonObject resource, ScimSchemaDefinition extension, PatchOperationKind kind, JsonNode? value, ScimResourceSchema schema)
    {
        if (kind == PatchOperationKind.Remove)
        {
            resource.RemoveIgnoringCase(extension.Id);
            return;
        }

        if (value is not JsonObject attributes)
        {
            throw ScimException.InvalidValue($"The value for '{extension.Id}' must be an object of its attributes.");
        }

        foreach (var (key, attributeValue) in attributes)
        {
            ApplyAt(resource, PatchOperation.BindPath($"{extension.Id}:{key}", schema), kind, attributeValue, schema);
        }
    }

    private static void ApplyToAttribute(JsonObject container, ScimAttribute attribute, PatchOperationKind kind, JsonNode? value)
    {
        if (kind == PatchOperationKind.Remove || value is null)
        {
            if (attribute.MultiValued && value is JsonArray or JsonObject && container.GetIgnoringCase(attribute.Name) is JsonArray existing)
            {
                var unwanted = PatchJson.Elements(value, attribute).Select(PatchJson.ValueOf).ToHashSet();
                existing.RemoveAll(element => unwanted.Contains(PatchJson.ValueOf(element)));
                return;
            }

            container.RemoveIgnoringCase(attribute.Name);
            return;
        }

        if (attribute.MultiValued)
        {
            var array = kind == PatchOperationKind.Replace ? new JsonArray() : PatchJson.ChildArray(container, attribute.Name);
            foreach (var element in PatchJson.Elements(value, attribute))
            {
                if (!array.Any(existing => JsonNode.DeepEquals(existing, element)))
                {
                    array.Add(element);
                    PatchJson.EnforceSinglePrimary(array, element);
                }
            }

            container.SetIgnoringCase(attribute.Name, array);
            return;
        }

        if (attribute.IsComplex)
        {
            PatchJson.Merge(PatchJson.ChildObject(container, attribute.Name, create: true)!, PatchJson.AsComplexValue(value, attribute), attribute);
            return;
        }

        container.SetIgnoringCase(attribute.Name, value.DeepClone());
    }

    private static void ApplyToSubAttribute(
        JsonObject container, ScimAttribute attribute, ScimAttribute subAttribute, PatchOperationKind kind, JsonNode? value)
    {
        var removing = kind == PatchOperationKind.Remove || value is null;
        if (!attribute.MultiValued)
        {
            var target = PatchJson.ChildObject(container, attribute.Name, create: !removing);
            if (target is null)
            {
                return;
            }

            PatchJson.SetOrRemove(target, subAttribute, removing ? null : value);
            if (target.Count == 0)
            {
                container.RemoveIgnoringCase(attribute.Name);
            }

            return;
        }

        // RFC 7644 section 3.5.2: a sub-attribute of a multi-valued attribute without a filter means every element.
        var array = PatchJson.ChildArray(container, attribute.Name);
        if (array.Count == 0 && !removing)
        {
            array.Add(new JsonObject());
        }

        foreach (var element in array.OfType<JsonObject>())
        {
            PatchJson.SetOrRemove(element, subAttribute, removing ? null : value);
        }
    }

    private static void ApplyToMatchingElements(
        JsonObject container, ScimAttribute attribute, FilterNode filter, ScimAttribute? subAttribute, PatchOperationKind kind, JsonNode? value)
    {
        var array = PatchJson.ChildArray(container, attribute.Name);
        var matches = array.OfType<JsonObject>().Where(element => FilterEvaluator.Matches(filter, new JsonFilterSubject(element))).ToList();
        if (kind == PatchOperationKind.Remove)
        {
            foreach (var match in matches)
            {
                if (subAttribute is null)
                {
                    array.Remove(match);
                }
                else
                {
                    match.RemoveIgnoringCase(subAttribute.Name);
                }
            }

            return;
        }

        if (matches.Count == 0)
        {
            var created = ElementFromEqualityTerms(filter)
                ?? throw ScimException.NoTarget($"No value of '{attribute.Name}' matches [{filter}].");
            array.Add(created);
            matches.Add(created);
        }

        foreach (var match in matches)
        {
            if (subAttribute is not null)
            {
                PatchJson.SetOrRemove(match, subAttribute, value);
            }
            else
            {
                PatchJson.Merge(match, PatchJson.AsComplexValue(value, attribute), attribute);
            }

            PatchJson.EnforceSinglePrimary(array, match);
        }
    }

    /// <summary>The element a filter such as <c>type eq "work" and primary eq true</c> describes; null for any other filter.</summary>
    private static JsonObject? ElementFromEqualityTerms(FilterNode filter)
    {
        var element = new JsonObject();
        return Collect(filter) ? element : null;

        bool Collect(FilterNode node) => node switch
        {
            AndNode and => Collect(and.Left) && Collect(and.Right),
            ComparisonNode { Operator: ComparisonOperator.Equal, Value: not null, Path: { ElementFilter: null, SubAttribute: null } } equal =>
                Add(equal.Path.Bound.Attribute!.Name, equal.Value),
            _ => false,
        };

        bool Add(string name, object literal)
        {
            element[name] = literal is bool flag ? JsonValue.Create(flag) : JsonValue.Create(literal.ToString());
            return true;
        }
    }
}
