using System.Text.Json;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Bench.Input;

namespace SuperOfficeProvisioning.Bench.Baseline;

public sealed record StoredUser(
    string Id,
    string UserName,
    string? ExternalId,
    string? GivenName,
    string? Surname,
    string? DisplayName,
    string? Mail,
    string? Department,
    string? JobTitle,
    bool Active);
