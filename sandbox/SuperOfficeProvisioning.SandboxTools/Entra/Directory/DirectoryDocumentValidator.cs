namespace SuperOfficeProvisioning.SandboxTools.Entra.Directory;

/// <summary>Rejects a directory file that Entra could never produce: duplicate ids or names, dangling members.</summary>
internal static class DirectoryDocumentValidator
{
    public static void Validate(DirectoryDocument document)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var allIds = document.Users.Select(u => u.Id)
            .Concat(document.Groups.Select(g => g.Id))
            .Concat(document.Devices.Select(d => d.Id));
        foreach (var id in allIds)
        {
            if (!ids.Add(id))
            {
                throw new InvalidDataException($"The directory holds the object id '{id}' more than once.");
            }
        }

        var userPrincipalNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in document.Users)
        {
            if (!userPrincipalNames.Add(user.UserPrincipalName))
            {
                throw new InvalidDataException(
                    $"The directory holds the userPrincipalName '{user.UserPrincipalName}' more than once.");
            }
        }

        foreach (var group in document.Groups)
        {
            var dangling = group.Members.FirstOrDefault(m => !ids.Contains(m));
            if (dangling is not null)
            {
                throw new InvalidDataException(
                    $"Group '{group.DisplayName}' lists member '{dangling}', which is not in the directory.");
            }
        }
    }
}
