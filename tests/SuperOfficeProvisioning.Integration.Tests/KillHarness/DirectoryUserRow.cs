using System.Text;

namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

internal sealed record DirectoryUserRow(string UserName, string ExternalId, string GivenName, string Surname, string Mail, string Department);
