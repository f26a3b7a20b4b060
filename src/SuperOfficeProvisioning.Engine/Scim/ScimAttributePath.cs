using System;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Scim;

/// <summary>
/// One single-valued attribute path as Entra's SCIM mapping writes them (RFC 7644 §3.10): <c>title</c>,
/// <c>name.givenName</c>, <c>emails[type eq "work"].value</c>, or an extension's <c>urn:…:User:department</c>.
/// Reads the value from a resource and writes it into a new one.
/// </summary>
public sealed class ScimAttributePath
{
    private readonly string? _schema;
    private readonly string _attribute;
    private readonly string? _type;
    private readonly string? _subAttribute;

    public ScimAttributePath(string path)
    {
        Text = path;
        var rest = path;
        if (path.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            var colon = path.LastIndexOf(':');
            _schema = path.Substring(0, colon);
            rest = path.Substring(colon + 1);
        }

        var open = rest.IndexOf('[');
        if (open >= 0)
        {
            // attribute[type eq "work"].value
            _attribute = rest.Substring(0, open);
            var close = rest.IndexOf(']', open);
            var filter = rest.Substring(open + 1, close - open - 1);
            _type = filter.Substring(filter.IndexOf('"') + 1).TrimEnd('"');
            _subAttribute = rest.Substring(close + 2);
            return;
        }

        var dot = rest.IndexOf('.');
        _attribute = dot < 0 ? rest : rest.Substring(0, dot);
        _subAttribute = dot < 0 ? null : rest.Substring(dot + 1);
    }

    public string Text { get; }

    /// <summary>The extension schema the attribute belongs to; null for the core User schema.</summary>
    public string? Schema => _schema;

    public string? Read(JObject resource)
    {
        var container = _schema is null ? resource : resource[_schema] as JObject;
        var value = container?[_attribute];
        if (_type is not null)
        {
            foreach (var element in (value as JArray)?.OfType<JObject>() ?? Enumerable.Empty<JObject>())
            {
                if (string.Equals((string?)element["type"], _type, StringComparison.OrdinalIgnoreCase))
                {
                    return (string?)element[_subAttribute!];
                }
            }

            return null;
        }

        return _subAttribute is null ? ScalarText(value) : ScalarText((value as JObject)?[_subAttribute]);
    }

    /// <summary>Sets the value in a resource being built for a POST, adding the extension's schema to <c>schemas</c>.</summary>
    public void Write(JObject resource, string value)
    {
        var container = resource;
        if (_schema is not null)
        {
            if (!(resource[_schema] is JObject extension))
            {
                resource[_schema] = extension = new JObject();
                (resource["schemas"] as JArray)?.Add(_schema);
            }

            container = extension;
        }

        if (_type is not null)
        {
            if (!(container[_attribute] is JArray list))
            {
                container[_attribute] = list = new JArray();
            }

            list.Add(new JObject { [_subAttribute!] = value, ["type"] = _type });
        }
        else if (_subAttribute is not null)
        {
            if (!(container[_attribute] is JObject complex))
            {
                container[_attribute] = complex = new JObject();
            }

            complex[_subAttribute] = value;
        }
        else
        {
            container[_attribute] = value;
        }
    }

    public override string ToString() => Text;

    private static string? ScalarText(JToken? token) =>
        token is null || token.Type == JTokenType.Null || token is JContainer ? null : token.ToString();
}
