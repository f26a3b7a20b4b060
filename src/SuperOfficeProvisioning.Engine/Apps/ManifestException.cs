using System.Collections.Generic;
using System.Linq;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>A manifest that cannot be used, with every problem found in it. Nothing was sent.</summary>
public sealed class ManifestException : SoException
{
    public ManifestException(string source, IReadOnlyList<ManifestProblem> problems)
        : base("ManifestInvalid", SoErrorKind.InvalidInput, Describe(source, problems))
    {
        Problems = problems;
        Target = source;
    }

    public IReadOnlyList<ManifestProblem> Problems { get; }

    private static string Describe(string source, IReadOnlyList<ManifestProblem> problems) =>
        $"The application manifest '{source}' has {problems.Count} problem(s); nothing was sent:"
        + string.Concat(problems.Select(p => System.Environment.NewLine + "  " + p));
}
