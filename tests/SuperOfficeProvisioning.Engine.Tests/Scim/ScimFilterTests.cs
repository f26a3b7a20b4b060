using SuperOfficeProvisioning.Engine.Scim;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Scim;

public sealed class ScimFilterTests
{
    [Theory]
    [InlineData("jane@contoso.example", "userName eq \"jane@contoso.example\"")]
    [InlineData("o\"brien@contoso.example", "userName eq \"o\\\"brien@contoso.example\"")]
    [InlineData("back\\slash@contoso.example", "userName eq \"back\\\\slash@contoso.example\"")]
    [InlineData("x\" or userName pr or userName eq \"y", "userName eq \"x\\\" or userName pr or userName eq \\\"y\"")]
    public void Values_are_json_string_literals(string value, string expected) =>
        Assert.Equal(expected, ScimFilter.Equal("userName", value));

    [Fact]
    public void Alternatives_are_parenthesised_and_joined_with_or() =>
        Assert.Equal("(externalId eq \"1\") or (userName eq \"a@b.c\")", ScimFilter.AnyOf(new[] { ScimFilter.Equal("externalId", "1"), ScimFilter.Equal("userName", "a@b.c") }));
}
