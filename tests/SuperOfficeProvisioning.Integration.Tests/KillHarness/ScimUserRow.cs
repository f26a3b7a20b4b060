using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

internal sealed record ScimUserRow(string Id, string UserName, string? ExternalId);
