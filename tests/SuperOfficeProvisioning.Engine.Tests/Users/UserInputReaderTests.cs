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
        Assert.Equal("+47 22 00 00 00", draft[UserField.BusinessPhones]);
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

    [Theory]
    [InlineData("UserName", "ad\\u202Emin@contoso.example", "U+202E")]
    [InlineData("UserName", "admin\\u200B@contoso.example", "U+200B")]
    [InlineData("UserName", "\\uFEFFadmin@contoso.example", "U+FEFF")]
    [InlineData("UserName", "\\u200D\\u200D@contoso.example", "U+200D")]
    [InlineData("UserName", "admin\\u2060@contoso.example", "U+2060")]
    [InlineData("UserName", "admin@contoso\\u200E.example", "U+200E")]
    [InlineData("UserName", "admin\\uD800@contoso.example", "U+D800")]
    [InlineData("Email", "jane\\u200B@contoso.example", "U+200B")]
    [InlineData("ExternalId", "abc\\u2069", "U+2069")]
    [InlineData("Surname", "Doe\\uDBFF", "U+DBFF")]
    public void Characters_that_cannot_be_seen_are_refused_naming_the_record_the_field_and_the_code_point(string field, string escaped, string codePoint)
    {
        var value = System.Text.RegularExpressions.Regex.Unescape(escaped);
        var values = field == "UserName" ? Record(("UserName", value)) : Record(("UserName", "jane@contoso.example"), (field, value));

        var error = Rejected(values);

        Assert.Equal("InvalidCharacters", error.ErrorId);
        Assert.Equal(SoErrorKind.InvalidInput, error.Kind);
        Assert.Contains($"{field} contains {codePoint}", error.Message);
        Assert.Contains(field == "UserName" ? $"<{codePoint}>" : "'jane@contoso.example'", error.Message);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Joiners_in_a_given_name_are_kept_there()
    {
        var draft = UserInputReader.Read(Record(("UserName", "maryam@contoso.example"), ("GivenName", "\u0645\u0631\u06CC\u200C\u0645")), 1, null, requireUserName: true);

        Assert.Equal("\u0645\u0631\u06CC\u200C\u0645", draft[UserField.ByName("GivenName")]);
    }

    [Fact]
    public void Names_and_mail_are_normalised_to_nfc_so_a_decomposed_name_is_the_same_user()
    {
        var draft = UserInputReader.Read(Record(("UserName", "rene\u0301@contoso.example"), ("Email", "rene\u0301@contoso.example"), ("Surname", "Le\u0301vy")), 1, null, requireUserName: true);

        Assert.Equal("ren\u00E9@contoso.example", draft.UserName);
        Assert.Equal("ren\u00E9@contoso.example", draft[UserField.ByName("Email")]);
        Assert.Equal("L\u00E9vy", draft[UserField.ByName("Surname")]);
        Assert.Null(draft.Warning);
    }

    [Theory]
    [InlineData("\u0430dmin@contoso.example", "local part", "Cyrillic U+0430")]
    [InlineData("admin@c\u043Entoso.example", "domain", "Cyrillic U+043E")]
    [InlineData("\u03B1dmin@contoso.example", "local part", "Greek U+03B1")]
    public void A_user_name_mixing_scripts_gets_a_warning_and_still_reads(string userName, string part, string letter)
    {
        var draft = UserInputReader.Read(Record(("UserName", userName)), 1, null, requireUserName: true);

        Assert.Equal(userName, draft.UserName);
        Assert.NotNull(draft.Warning);
        Assert.Contains("ConfusableCharacters", draft.Warning);
        Assert.Contains($"its {part}", draft.Warning);
        Assert.Contains(letter, draft.Warning);
        Assert.Contains($"User '{userName}'", draft.Warning);
    }

    [Fact]
    public void A_user_name_in_one_script_gets_no_warning()
    {
        Assert.Null(UserInputReader.Read(Record(("UserName", "\u0438\u0432\u0430\u043D@\u043F\u0440\u0438\u043C\u0435\u0440.\u0440\u0444")), 1, null, requireUserName: true).Warning);
    }
}
