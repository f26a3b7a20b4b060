using System.Management.Automation;
using SuperOfficeProvisioning.Bench.Input;

namespace SuperOfficeProvisioning.Bench.Driver;

/// <summary>Generated users as PowerShell objects with the property names Get-MgUser gives them.</summary>
internal static class MgUserObjects
{
    public static PSObject ToPSObject(DirectoryUser user)
    {
        var item = new PSObject();
        item.Properties.Add(new PSNoteProperty("Id", user.Id));
        item.Properties.Add(new PSNoteProperty("UserPrincipalName", user.UserPrincipalName));
        item.Properties.Add(new PSNoteProperty("GivenName", user.GivenName));
        item.Properties.Add(new PSNoteProperty("Surname", user.Surname));
        item.Properties.Add(new PSNoteProperty("DisplayName", user.DisplayName));
        item.Properties.Add(new PSNoteProperty("Mail", user.Mail));
        item.Properties.Add(new PSNoteProperty("Department", user.Department));
        item.Properties.Add(new PSNoteProperty("JobTitle", user.JobTitle));
        item.Properties.Add(new PSNoteProperty("AccountEnabled", user.AccountEnabled));
        return item;
    }

    /// <summary>The job's input, generated lazily.</summary>
    public static IEnumerable<PSObject> For(DriverJob job)
    {
        var users = SampleDirectory.Generate(job.DirectorySeed, job.Users);
        if (job.ChangedShare > 0)
        {
            users = SampleDirectory.WithChanges(users.ToList(), job.ChangedShare, job.ChangeSeed);
        }

        return users.Select(ToPSObject);
    }
}
