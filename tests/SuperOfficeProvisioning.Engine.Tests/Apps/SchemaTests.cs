using System.Text.Json;
using SuperOfficeProvisioning.Engine.Apps;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Apps;

/// <summary>The published schema and the validator describe the same manifest.</summary>
public sealed class SchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(ManifestFiles.Schema)).RootElement;

    public static IEnumerable<object?[]> ObjectDefinitions() => new[]
    {
        new object?[] { null, ManifestFields.Root },
        new object?[] { "list", ManifestFields.List },
        new object?[] { "item", ManifestFields.Item },
        new object?[] { "existingListItem", ManifestFields.ExistingListItem },
        new object?[] { "webPanel", ManifestFields.WebPanelProperties(isButton: false).ToArray() },
        new object?[] { "button", ManifestFields.WebPanelProperties(isButton: true).ToArray() },
    };

    [Theory]
    [MemberData(nameof(ObjectDefinitions))]
    public void Object_properties_match(string? definition, string[] expected)
    {
        var node = definition is null ? Schema : Schema.GetProperty("$defs").GetProperty(definition);

        Assert.Equal(expected.Order(), Properties(node).Order());
    }

    [Fact]
    public void The_example_names_the_schema()
    {
        using var example = JsonDocument.Parse(File.ReadAllText(ManifestFiles.Example));

        Assert.Equal("../../module/schemas/application.schema.json", example.RootElement.GetProperty("$schema").GetString());
    }

    private static IEnumerable<string> Properties(JsonElement node) =>
        node.GetProperty("properties").EnumerateObject().Select(p => p.Name);
}
