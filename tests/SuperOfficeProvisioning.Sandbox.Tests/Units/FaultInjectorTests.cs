using SuperOfficeProvisioning.Sandbox.Faults;

namespace SuperOfficeProvisioning.Sandbox.Tests.Units;

public sealed class FaultInjectorTests
{
    private static readonly RequestInfo Get = new("GET", "/{ctx}/api/v1/List", "/Cust12345/api/v1/List");
    private static readonly RequestInfo Post = new("POST", "/{ctx}/api/v1/List", "/Cust12345/api/v1/List");

    [Fact]
    public void The_same_seed_gives_the_same_decisions()
    {
        var options = new FaultOptions { ServiceUnavailableRate = 0.3, LostResponseRate = 0.2, LatencyMs = 1, LatencyMaxMs = 50 };

        var first = Decisions(new FaultInjector(options, seed: 5, TimeProvider.System));
        var second = Decisions(new FaultInjector(options, seed: 5, TimeProvider.System));

        Assert.Equal(first, second);
        Assert.Contains(first, decision => decision.Kind == FaultKind.ServiceUnavailable);
        Assert.Contains(first, decision => decision.Kind is null);
        Assert.True(first.Select(decision => decision.Latency).Distinct().Count() > 1);
    }

    [Theory]
    [InlineData("*", true)]
    [InlineData("/{ctx}/api", true)]
    [InlineData("/Cust12345/api/v1", true)]
    [InlineData("POST /{ctx}/api/v1/List", false)]
    [InlineData("get /{ctx}/api/v1/list", true)]
    [InlineData("/login", false)]
    public void Route_patterns_match_templates_paths_and_methods(string pattern, bool matches)
    {
        Assert.Equal(matches, RouteSelector.Matches(pattern, Get));
    }

    [Fact]
    public void Scripted_faults_apply_only_to_matching_requests_and_run_out()
    {
        var injector = new FaultInjector(new FaultOptions
        {
            Script = [new ScriptedFault { Route = "POST /{ctx}/api/v1/List", Kind = FaultKind.LostResponse, Count = 1 }],
        }, seed: 1, TimeProvider.System);

        Assert.Null(injector.Decide(Get).Kind);
        Assert.Equal(FaultKind.LostResponse, injector.Decide(Post).Kind);
        Assert.Null(injector.Decide(Post).Kind);
    }

    private static List<FaultDecision> Decisions(FaultInjector injector) =>
        Enumerable.Range(0, 50).Select(_ => injector.Decide(Get)).ToList();
}
