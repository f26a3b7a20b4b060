using Xunit.Abstractions;

namespace SuperOfficeProvisioning.PowerShell.Tests.Xunit;

/// <summary>
/// Identifies one It of one test file: the argument of each xunit test case that reports an It.
/// </summary>
public sealed class PesterItCase : IXunitSerializable
{
    /// <summary>Stands for the whole file when its discovery failed, so the failure is reported once.</summary>
    public const int WholeFile = -1;

    [Obsolete("Called by the xunit de-serializer only.")]
    public PesterItCase()
    {
    }

    public PesterItCase(string testFile, int ordinal, string itPath, string? skipReason)
    {
        TestFile = testFile;
        Ordinal = ordinal;
        ItPath = itPath;
        SkipReason = skipReason;
    }

    /// <summary>The file's path relative to the tests directory, with '/' separators.</summary>
    public string TestFile { get; private set; } = "";

    /// <summary>The It's position among the file's Its in discovery order, or <see cref="WholeFile"/>.</summary>
    public int Ordinal { get; private set; }

    /// <summary>Describe, Context and It names joined with ' › ', with -ForEach templates expanded.</summary>
    public string ItPath { get; private set; } = "";

    public string? SkipReason { get; private set; }

    public string DisplayName => Ordinal == WholeFile ? TestFile : $"{TestFile} › {ItPath}";

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(TestFile), TestFile);
        info.AddValue(nameof(Ordinal), Ordinal);
        info.AddValue(nameof(ItPath), ItPath);
        info.AddValue(nameof(SkipReason), SkipReason);
    }

    public void Deserialize(IXunitSerializationInfo info)
    {
        TestFile = info.GetValue<string>(nameof(TestFile));
        Ordinal = info.GetValue<int>(nameof(Ordinal));
        ItPath = info.GetValue<string>(nameof(ItPath));
        SkipReason = info.GetValue<string?>(nameof(SkipReason));
    }

    public override string ToString() => DisplayName;
}
