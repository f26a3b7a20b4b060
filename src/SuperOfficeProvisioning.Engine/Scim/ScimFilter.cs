using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SuperOfficeProvisioning.Engine.Scim;

/// <summary>
/// Builds SCIM filter expressions (RFC 7644 §3.4.2.2). Values are JSON string literals, so a user name holding
/// a quote or a backslash cannot end the literal early and change what the filter means.
/// </summary>
public static class ScimFilter
{
    public static string Equal(string attribute, string value) => attribute + " eq " + Literal(value);

    public static string AnyOf(IEnumerable<string> clauses) => string.Join(" or ", clauses.Select(c => "(" + c + ")"));

    public static string Literal(string value)
    {
        var literal = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': literal.Append("\\\""); break;
                case '\\': literal.Append("\\\\"); break;
                case '\b': literal.Append("\\b"); break;
                case '\f': literal.Append("\\f"); break;
                case '\n': literal.Append("\\n"); break;
                case '\r': literal.Append("\\r"); break;
                case '\t': literal.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        literal.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        literal.Append(c);
                    }

                    break;
            }
        }

        return literal.Append('"').ToString();
    }
}
