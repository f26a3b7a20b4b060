using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Users;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Users;

public sealed class UserInputReaderTests
{
    private static Dictionary<string, object?> Record(params (string Field, object? Value)[] values) =>
        values.ToDictionary(v => v.Field, v => v.Value);

    private static SoException Rejected(Dictionary<string, object?> values, bool requireUserName = true) =>
        Assert.Throws<SoException>(() => UserInputReader.Read(values, 7, "source", requireUserName));

    [Fact]
    public void A_complete_record_reads_into_a_draft_with_the_fields_it_gave()
    {
        var draft = UserInputReader.Read(
            Record(("UserName", " jane.doe@contoso.example "), ("ExternalId", Guid.Parse("5f0c4c7e-0c1d-4a55-9d55-8a3f0f3c9e11")), ("Enabled", "FALSE"), ("BusinessPhones", new object[] { "", "+47 22 00 00 00" })),
            1,
            null,
            requireUserName: true);

        Assert.Equal("jane.doe@contoso.example", draft.UserName);
        Assert.Equal("5f0c4c7e-0c1d-4a55-9d55-8a3f0f3c9e11", draft.ExternalId);
        Assert.False(draft.Enabled);
        Assert.Equal("+47 22 00 00 00", draft.BusinessPhone);
        Assert.Equal(new[] { "BusinessPhones", "Enabled", "ExternalId", "UserName" }, draft.GivenFields.OrderBy(f => f, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(null, "UserNameMissing")]
    [InlineData("", "UserNameMissing")]
    [InlineData("not-an-upn", "UserNameInvalid")]
    [InlineData("two words@contoso.example", "UserNameInvalid")]
    public void A_missing_or_malformed_user_name_is_refused(string? userName, string errorId)
    {
        var error = Rejected(Record(("UserName", userName), ("GivenName", "Jane")));

        Assert.Equal(errorId, error.ErrorId);
        Assert.Equal(SoErrorKind.InvalidInput, error.Kind);
        Assert.Contains(string.IsNullOrEmpty(userName) ? "#7 of the input" : $"'{userName}'", error.Message);
        Assert.Equal("source", error.Target);
    }

    [Fact]
    public void Control_characters_name_the_field()
    {
        var error = Rejected(Record(("UserName", "jane@contoso.example"), ("Surname", "Doe\u0007")));

        Assert.Equal("ControlCharacters", error.ErrorId);
        Assert.Contains("'jane@contoso.example'", error.Message);
        Assert.Contains("Surname", error.Message);
        Assert.Contains("U+0007", error.Message);
    }

    [Fact]
    public void Over_long_values_name_the_field_and_the_limit()
    {
        var error = Rejected(Record(("UserName", "jane@contoso.example"), ("GivenName", new string('a', 65))));

        Assert.Equal("ValueTooLong", error.ErrorId);
        Assert.Contains("GivenName is 65 characters long; at most 64", error.Message);
    }

    [Theory]
    [InlineData("maybe", "InvalidValue")]
    [InlineData(2, "WrongType")]
    public void Enabled_takes_only_true_or_false(object value, string errorId)
    {
        var error = Rejected(Record(("UserName", "jane@contoso.example"), ("Enabled", value)));

        Assert.Equal(errorId, error.ErrorId);
        Assert.Contains("Enabled", error.Message);
    }

    [Fact]
    public void A_hashtable_where_text_belongs_is_a_wrong_type()
    {
        var error = Rejected(Record(("UserName", "jane@contoso.example"), ("JobTitle", new System.Collections.Hashtable())));

        Assert.Equal("WrongType", error.ErrorId);
        Assert.Contains("JobTitle must be text, not a hashtable", error.Message);
    }

    [Fact]
    public void Every_bad_field_of_a_record_is_listed_in_one_error()
    {
        var error = Rejected(Record(("UserName", "jane@contoso.example"), ("Email", "nope"), ("PreferredLanguage", "english please")));

        Assert.Contains("Email 'nope'", error.Message);
        Assert.Contains("PreferredLanguage 'english please'", error.Message);
    }

    [Fact]
    public void Lookups_by_external_id_alone_need_no_user_name()
    {
        var draft = UserInputReader.Read(Record(("ExternalId", "abc")), 1, null, requireUserName: false);

        Assert.Equal(string.Empty, draft.UserName);
        Assert.Equal("with external id 'abc'", draft.RecordLabel);
    }
}
