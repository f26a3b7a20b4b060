using SuperOfficeProvisioning.Engine.Errors;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Architecture;

/// <summary>
/// The engine's namespaces depend on each other one way only: a cycle means two parts that cannot be understood,
/// tested or changed apart.
/// </summary>
public class NamespaceDependencyTests
{
    private const string Root = "SuperOfficeProvisioning.Engine";

    [Fact]
    public void The_engines_namespaces_have_no_cycles()
    {
        var graph = DependencyGraph();

        var cycles = StronglyConnected(graph).Where(component => component.Count > 1)
            .Select(component => string.Join(Environment.NewLine, component.Order().SelectMany(from => graph[from].Keys.Where(component.Contains).Order()
                .Select(to => $"  {from} -> {to} ({graph[from][to]})"))))
            .ToList();

        Assert.True(cycles.Count == 0, "Namespaces in a cycle:" + Environment.NewLine + string.Join(Environment.NewLine + Environment.NewLine, cycles));
    }

    [Fact]
    public void The_scan_sees_dependencies_made_inside_method_bodies()
    {
        // Errors is used by nearly every part, mostly inside method bodies (throw new SoException(...)).
        var graph = DependencyGraph();

        Assert.Contains(nameof(Errors), graph["Http"].Keys);
        Assert.Contains(nameof(Errors), graph["Users"].Keys);
        Assert.DoesNotContain("Users", graph[nameof(Errors)].Keys);
    }

    /// <summary>Namespace to the namespaces it uses, each with one example of a type using a type there.</summary>
    private static Dictionary<string, Dictionary<string, string>> DependencyGraph()
    {
        var assembly = typeof(SoException).Assembly;
        var graph = new Dictionary<string, Dictionary<string, string>>();
        foreach (var type in assembly.GetTypes())
        {
            var from = PartOf(type);
            if (!graph.TryGetValue(from, out var edges))
            {
                graph[from] = edges = new Dictionary<string, string>();
            }

            foreach (var used in TypeReferences.Of(type).Where(used => used.Assembly == assembly))
            {
                var to = PartOf(used);
                if (to != from && !edges.ContainsKey(to))
                {
                    edges[to] = $"{type.Name} uses {used.Name}";
                }
            }
        }

        return graph;
    }

    /// <summary>The namespace below the engine's root a type belongs to; types in the root itself are "(root)".</summary>
    private static string PartOf(Type type)
    {
        var outer = type;
        while (outer.DeclaringType is not null)
        {
            outer = outer.DeclaringType;
        }

        var name = outer.Namespace ?? string.Empty;
        return name == Root ? "(root)" : name.StartsWith(Root + ".", StringComparison.Ordinal) ? name.Substring(Root.Length + 1) : name;
    }

    /// <summary>Tarjan's strongly connected components of the namespace graph.</summary>
    private static List<List<string>> StronglyConnected(Dictionary<string, Dictionary<string, string>> graph)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var components = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in graph.TryGetValue(node, out var edges) ? edges.Keys : Enumerable.Empty<string>())
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }

        foreach (var node in graph.Keys.ToList())
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return components;
    }
}
