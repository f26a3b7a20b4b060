namespace SuperOfficeProvisioning.Sandbox.SuperId;

/// <summary>SuperID on the sandbox host: discovery, JWKS, authorize, tokens and the partner system user service.</summary>
internal static class SuperIdRoutes
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        DiscoveryEndpoints.Map(routes);
        AuthorizeEndpoint.Map(routes);
        TokenEndpoint.Map(routes);
        SystemUserEndpoint.Map(routes);
    }
}
