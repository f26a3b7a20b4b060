using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;

namespace SuperOfficeProvisioning.Sandbox.Scim.Http;

/// <summary>
/// How a server profile answers otherwise than this gateway does by default, applied to each answer last: PATCH
/// with 204, DELETE of a missing id with 204, errors as problem+json.
/// </summary>
internal static class ServerHabits
{
    public const string ProblemJson = "application/problem+json; charset=utf-8";

    public static ScimResult Apply(ScimResult result, HttpRequest request, ScimGatewayOptions options)
    {
        if (options.PatchNoContent && HttpMethods.IsPatch(request.Method) && result.Status == 200)
        {
            return result with { Status = 204, Body = null };
        }

        if (options.DeleteMissingNoContent && HttpMethods.IsDelete(request.Method) && result.Status == 404)
        {
            return new ScimResult(204);
        }

        if (options.ProblemJsonErrors && result.Status >= 400 && result.Body is JsonBody { Node: JsonObject error })
        {
            var problem = new JsonObject
            {
                ["type"] = "about:blank",
                ["title"] = result.Status >= 500 ? "Server error" : "Request refused",
                ["status"] = result.Status,
                ["detail"] = error["detail"]?.GetValue<string>(),
            };
            return result with { Body = new JsonBody(problem), ContentType = ProblemJson };
        }

        return result;
    }
}
