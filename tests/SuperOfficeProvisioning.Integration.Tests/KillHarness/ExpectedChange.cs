using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

/// <summary>A change the tenant shows, which the audit log must account for. Any of <see cref="Targets"/> may name it.</summary>
internal sealed record ExpectedChange(string Action, IReadOnlyList<string> Targets, string? ScimId = null)
{
    public override string ToString() => $"{Action} {Targets[0]}";
}
