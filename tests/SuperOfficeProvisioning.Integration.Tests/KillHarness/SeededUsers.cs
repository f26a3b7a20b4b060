using System.Text;

namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

/// <summary>Directory users made from a seed, the same every run, written as the CSV an admin would pipe in with Import-Csv.</summary>
internal static class SeededUsers
{
    private static readonly string[] GivenNames = ["Ada", "Bjørn", "Chloé", "Dmitri", "Eun-ji", "Farah", "Grace", "Håkon", "Ines", "José"];
    private static readonly string[] Surnames = ["Lovelace", "Ødegård", "Dubois", "Ivanov", "Kim", "Haddad", "Hopper", "Berg", "Alves", "García"];

    public static IReadOnlyList<DirectoryUserRow> Make(int count, int seed, string tag)
    {
        var random = new Random(seed);
        return Enumerable.Range(1, count).Select(i =>
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            var given = GivenNames[random.Next(GivenNames.Length)];
            var surname = Surnames[random.Next(Surnames.Length)];
            var userName = $"{tag}.{i:000}@contoso.example";
            return new DirectoryUserRow(userName, new Guid(bytes).ToString(), given, surname, userName, "Sales");
        }).ToList();
    }

    public static void WriteCsv(IEnumerable<DirectoryUserRow> users, string path)
    {
        var csv = new StringBuilder("UserName,ExternalId,GivenName,Surname,Mail,Department\n");
        foreach (var user in users)
        {
            csv.Append(string.Join(',', new[] { user.UserName, user.ExternalId, user.GivenName, user.Surname, user.Mail, user.Department }.Select(Quote))).Append('\n');
        }

        File.WriteAllText(path, csv.ToString(), new UTF8Encoding(false));
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
