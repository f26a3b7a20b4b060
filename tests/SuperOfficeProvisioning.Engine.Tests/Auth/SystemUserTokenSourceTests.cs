using System.Security;
using SuperOfficeProvisioning.Engine.Auth;
using SuperOfficeProvisioning.Engine.Errors;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Auth;

public sealed class SystemUserTokenSourceTests
{
    private const string Value = "7T:c3lzdGVtLXVzZXItdG9rZW4tdmFsdWU=";

    [Fact]
    public void Reads_the_token_from_the_environment_variable_the_row_names()
    {
        var name = NewVariable(Value);

        Assert.Equal(Value, SystemUserTokenSource.Resolve(null, name, "Cust1").Reveal());
        Assert.Equal(Value, SystemUserTokenSource.Resolve(null, $"  {name} ", "Cust1").Reveal());
    }

    [Fact]
    public void Takes_the_token_itself()
    {
        using var token = Secure(Value);

        Assert.Equal(Value, SystemUserTokenSource.Resolve(token, null, "Cust1").Reveal());
        Assert.Equal(Value, SystemUserTokenSource.Resolve(token, " ", "Cust1").Reveal());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_variable_that_is_not_set_or_empty_names_the_tenant_and_the_variable(string? content)
    {
        var name = NewVariable(content);

        var failure = Assert.Throws<SoException>(() => SystemUserTokenSource.Resolve(null, name, "Cust42"));

        Assert.Equal(SystemUserTokenSource.VariableNotSetId, failure.ErrorId);
        Assert.Equal(SoErrorKind.InvalidArgument, failure.Kind);
        Assert.Contains("Cust42", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"'{name}'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Neither_nor_both_is_refused_without_showing_the_value()
    {
        var name = NewVariable(Value);
        using var token = Secure(Value);

        var neither = Assert.Throws<SoException>(() => SystemUserTokenSource.Resolve(null, null, "Cust7"));
        var both = Assert.Throws<SoException>(() => SystemUserTokenSource.Resolve(token, name, "Cust7"));

        Assert.Equal(SystemUserTokenSource.MissingId, neither.ErrorId);
        Assert.Equal(SystemUserTokenSource.GivenTwiceId, both.ErrorId);
        Assert.All(new[] { neither, both }, failure =>
        {
            Assert.Contains("Cust7", failure.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Value, failure.Message, StringComparison.Ordinal);
        });
    }

    private static string NewVariable(string? value)
    {
        var name = "SO_TEST_TOKEN_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(name, value);
        return name;
    }

    private static SecureString Secure(string value)
    {
        var secure = new SecureString();
        foreach (var c in value)
        {
            secure.AppendChar(c);
        }

        return secure;
    }
}
