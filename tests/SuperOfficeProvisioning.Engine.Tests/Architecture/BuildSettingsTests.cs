using System.Xml.Linq;
using SuperOfficeProvisioning.TestSupport;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Architecture;

/// <summary>The analyzer settings the tree states: a change that loosens them fails here, not silently.</summary>
public sealed class BuildSettingsTests
{
    [Fact]
    public void Warnings_are_errors_and_the_analyzers_run_everywhere()
    {
        var root = Properties("Directory.Build.props");

        Assert.Equal("true", root["TreatWarningsAsErrors"]);
        Assert.Equal("latest", root["AnalysisLevel"]);
    }

    [Fact]
    public void What_ships_is_held_to_the_recommended_rules_and_the_code_style()
    {
        var shipped = Properties("src", "Directory.Build.props");

        Assert.Equal("latest-recommended", shipped["AnalysisLevel"]);
        Assert.Equal("true", shipped["EnforceCodeStyleInBuild"]);
    }

    [Fact]
    public void The_editorconfig_is_the_root_one_and_enforces_the_naming_of_fields()
    {
        var lines = File.ReadAllLines(RepositoryRoot.Combine(".editorconfig")).Select(l => l.Trim()).ToList();

        Assert.Contains("root = true", lines);
        Assert.Contains("dotnet_diagnostic.IDE1006.severity = warning", lines);
        Assert.Contains("dotnet_naming_style.underscored_camel.required_prefix = _", lines);
    }

    private static Dictionary<string, string> Properties(params string[] path) =>
        XDocument.Load(RepositoryRoot.Combine(path)).Descendants("PropertyGroup").Elements()
            .ToDictionary(e => e.Name.LocalName, e => e.Value.Trim());
}
