using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.WebApi;

/// <summary>The rows of one archive page and the link to the next, if any.</summary>
internal sealed class WebApiPage
{
    public WebApiPage(List<JObject> rows, string? nextLink)
    {
        Rows = rows;
        NextLink = nextLink;
    }

    public List<JObject> Rows { get; }

    public string? NextLink { get; }
}
