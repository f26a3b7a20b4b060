using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Apps;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.Http;
using SuperOfficeProvisioning.Engine.Credentials;
using SuperOfficeProvisioning.Engine.WebApi;

namespace SuperOfficeProvisioning.Engine.Tests.Apps;

/// <summary>
/// Just enough of a tenant for the web panel handlers: the status API, the web panel archive, the List agent's
/// panel calls and the foreign keys of the installer's device. It records every panel write with its body.
/// </summary>
internal sealed class FakeWebPanelTenant : HttpMessageHandler
{
    public const string Context = "Cust777";
    public static readonly Uri Authority = new("https://tenant.test/");

    public string State { get; set; } = "Running";

    public List<JObject> Panels { get; } = new();

    public List<(string Call, JObject Body)> Writes { get; } = new();

    public List<string> Requests { get; } = new();

    public FakeForeignKeys Keys { get; } = new();

    public SoConnection Connect()
    {
        var pipeline = new HttpPipeline(new HttpPipelineOptions { MaxAttempts = 1 }, this);
        var endpoint = new WebApiEndpoint(new Uri(Authority, Context + "/api/"), Context, new AccessTokenCredential(Secret.FromPlainText("token")), Authority);
        return SoConnection.Create(null, null, endpoint, pipeline);
    }

    public JObject AddPanel(string progId, string url, bool deleted = false)
    {
        var panel = new JObject
        {
            ["WebPanelId"] = Panels.Count == 0 ? 1 : Panels.Max(p => (int)p["WebPanelId"]!) + 1,
            ["Name"] = "Invoices", ["ProgId"] = progId, ["Url"] = url, ["VisibleIn"] = "ContactCard", ["Deleted"] = deleted,
            ["Tooltip"] = string.Empty, ["OnTravel"] = true,
        };
        Panels.Add(panel);
        return panel;
    }

    /// <summary>A panel the application created and recorded, as a finished install leaves it.</summary>
    public JObject AddOwnedPanel(string progId, string url, bool deleted = false)
    {
        var panel = AddPanel(progId, url, deleted);
        Keys.Record(ApplicationObjectKind.WebPanel, progId, (int)panel["WebPanelId"]!);
        return panel;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        Requests.Add($"{request.Method} {path}");
        var body = request.Content is null ? null : JToken.Parse(await request.Content.ReadAsStringAsync(cancellationToken));
        if (path.StartsWith("/" + Context + "/api/v1/ForeignApp/", StringComparison.Ordinal))
        {
            return Keys.Answer(request.Method.Method, path.Substring(("/" + Context + "/api/v1/ForeignApp/").Length), request.RequestUri.Query, body as JObject);
        }

        return (request.Method.Method, path) switch
        {
            ("GET", "/api/state/" + Context) => Json(new JObject
            {
                ["ContextIdentifier"] = Context, ["State"] = State, ["IsRunning"] = State == "Running",
                ["Endpoint"] = new Uri(Authority, Context).AbsoluteUri, ["ValidUntil"] = DateTime.UtcNow.AddMinutes(10),
            }),
            ("GET", "/" + Context + "/api/v1/List/WebPanel/Items") => Json(new JObject { ["value"] = new JArray(Panels.Select(p => p.DeepClone())) }),
            ("POST", "/" + Context + "/api/v1/Agents/List/CreateDefaultWebPanelEntity") => Json(new JObject { ["WebPanelId"] = 0, ["OnTravel"] = true, ["Deleted"] = false }),
            ("POST", "/" + Context + "/api/v1/Agents/List/SaveWebPanelEntity") => Save((JObject)body!),
            ("POST", "/" + Context + "/api/v1/Agents/List/DeleteWebPanel") => Delete((JObject)body!),
            ("POST", "/" + Context + "/api/v1/Agents/ForeignSystem/GetDeviceKeysOnDeviceIdentifier") => Keys.DeviceKeys(),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("{\"Error\":true}") },
        };
    }

    private HttpResponseMessage Save(JObject entity)
    {
        Writes.Add(("Save", (JObject)entity.DeepClone()));
        var id = (int?)entity["WebPanelId"] ?? 0;
        if (id == 0)
        {
            entity["WebPanelId"] = Panels.Count == 0 ? 1 : Panels.Max(p => (int)p["WebPanelId"]!) + 1;
            Panels.Add(entity);
        }
        else
        {
            Panels[Panels.FindIndex(p => (int)p["WebPanelId"]! == id)] = entity;
        }

        return Json(entity);
    }

    private HttpResponseMessage Delete(JObject arguments)
    {
        Writes.Add(("Delete", arguments));
        Panels.RemoveAll(p => (int)p["WebPanelId"]! == (int)arguments["Id"]!);
        return new HttpResponseMessage(HttpStatusCode.NoContent);
    }

    internal static HttpResponseMessage Json(JToken body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body.ToString(), Encoding.UTF8, "application/json") };
}
