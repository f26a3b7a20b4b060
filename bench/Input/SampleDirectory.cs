namespace SuperOfficeProvisioning.Bench.Input;

/// <summary>
/// A seeded, generated Entra directory: the same seed and size give the same users in every process, so the
/// driver process and the benchmark agree on the input without passing it around.
/// </summary>
public static class SampleDirectory
{
    private static readonly string[] GivenNames =
        ["Ada", "Bjørn", "Chloé", "Dag", "Eva", "Finn", "Grace", "Hanne", "Ingrid", "Jonas", "Kari", "Lars", "Mona", "Nils", "Olav", "Pia", "Rune", "Siv", "Tor", "Åse"];

    private static readonly string[] Surnames =
        ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Lovelace", "O'Brien", "Berg", "Haugen", "Dahl"];

    private static readonly string[] Departments = ["Sales", "Support", "Finance", "Marketing", "Consulting", "Operations"];

    private static readonly string[] JobTitles = ["Account manager", "Consultant", "Controller", "Key account manager", "Sales rep", "Support engineer", "Team lead"];

    /// <summary>The first <paramref name="count"/> users of the directory drawn from <paramref name="seed"/>.</summary>
    public static IEnumerable<DirectoryUser> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var guid = new byte[16];
        for (var index = 0; index < count; index++)
        {
            var given = Pick(random, GivenNames);
            var surname = Pick(random, Surnames);
            random.NextBytes(guid);
            var userName = $"{Ascii(given)}.{Ascii(surname)}.{index:D6}@contoso.example".ToLowerInvariant();
            yield return new DirectoryUser(
                Id: new Guid(guid).ToString(),
                UserPrincipalName: userName,
                GivenName: given,
                Surname: surname,
                DisplayName: $"{given} {surname}",
                Mail: userName,
                Department: Pick(random, Departments),
                JobTitle: Pick(random, JobTitles),
                AccountEnabled: true);
        }
    }

    /// <summary>
    /// The same users with a share of them changed as an HR system would change them: a new job title and
    /// department. The changed users are drawn from <paramref name="seed"/>.
    /// </summary>
    public static IReadOnlyList<DirectoryUser> WithChanges(IReadOnlyList<DirectoryUser> users, double share, int seed)
    {
        var changedCount = (int)Math.Round(users.Count * share);
        var random = new Random(seed);
        var changed = new HashSet<int>();
        while (changed.Count < changedCount)
        {
            changed.Add(random.Next(users.Count));
        }

        return users.Select((user, index) => changed.Contains(index)
            ? user with { JobTitle = "Promoted " + user.JobTitle, Department = user.Department + " Nordic" }
            : user).ToList();
    }

    /// <summary>A user name made of the name parts has no apostrophes or letters outside ASCII.</summary>
    private static string Ascii(string name) => name
        .Replace("ø", "o").Replace("Å", "A").Replace("é", "e").Replace("'", string.Empty);

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
