using System;
using System.Security;
using SuperOfficeProvisioning.Engine.Credentials;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Auth;

/// <summary>
/// Where a tenant's system user token comes from: the token itself (-SystemUserToken), or the name of an environment
/// variable that holds it (-SystemUserTokenVariable), so a tenant list can name each tenant's token without holding
/// it. Exactly one of the two; every message names the tenant and the variable, never the value.
/// </summary>
public static class SystemUserTokenSource
{
    public const string MissingId = "SystemUserTokenMissing";

    public const string GivenTwiceId = "SystemUserTokenGivenTwice";

    public const string VariableNotSetId = "SystemUserTokenVariableNotSet";

    /// <summary>The tenant's token, or an InvalidArgument failure saying which of the two is wrong.</summary>
    public static Secret Resolve(SecureString? token, string? variableName, string contextIdentifier)
    {
        var named = !string.IsNullOrWhiteSpace(variableName);
        if (token is not null && named)
        {
            throw new SoException(GivenTwiceId, SoErrorKind.InvalidArgument,
                $"Tenant {contextIdentifier}: give its system user token one way, -SystemUserToken or -SystemUserTokenVariable ('{variableName}'), not both.");
        }

        if (token is not null)
        {
            return new Secret(token);
        }

        if (!named)
        {
            throw new SoException(MissingId, SoErrorKind.InvalidArgument,
                $"Tenant {contextIdentifier} has no system user token: pass -SystemUserToken, or -SystemUserTokenVariable with the name of the environment variable that holds it (a SystemUserTokenVariable column in a tenant list).");
        }

        var value = Environment.GetEnvironmentVariable(variableName!.Trim());
        if (string.IsNullOrEmpty(value))
        {
            throw new SoException(VariableNotSetId, SoErrorKind.InvalidArgument,
                $"Tenant {contextIdentifier}: the environment variable '{variableName!.Trim()}' that -SystemUserTokenVariable names is not set or is empty; set it to the tenant's system user token (in CI, from a secret).");
        }

        return Secret.FromPlainText(value);
    }
}
