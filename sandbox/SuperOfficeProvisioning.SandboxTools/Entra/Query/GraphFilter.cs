namespace SuperOfficeProvisioning.SandboxTools.Entra.Query;

/// <summary>
/// The part of Graph's OData <c>$filter</c> that directory scripts use: <c>eq</c>, <c>ne</c>, <c>in (…)</c>,
/// <c>startsWith(…)</c>, <c>endsWith(…)</c>, <c>and</c>, <c>or</c>, <c>not</c> and parentheses, over string, boolean and
/// null literals. String comparisons ignore case, as Entra's do.
/// </summary>
internal abstract record GraphFilter
{
    public static GraphFilter Parse(string text) => new GraphFilterParser(text).ParseWhole();

    /// <summary>The property names the filter reads, so callers can refuse unknown ones before running it.</summary>
    public abstract IEnumerable<string> PropertyNames { get; }

    /// <param name="read">Reads a property's JSON value from the object being tested.</param>
    public abstract bool Matches(Func<string, object?> read);

    internal sealed record Comparison(string Property, bool Negated, object? Literal) : GraphFilter
    {
        public override IEnumerable<string> PropertyNames => [Property];

        public override bool Matches(Func<string, object?> read) => ValuesEqual(read(Property), Literal) != Negated;
    }

    internal sealed record InList(string Property, IReadOnlyList<object?> Literals) : GraphFilter
    {
        public override IEnumerable<string> PropertyNames => [Property];

        public override bool Matches(Func<string, object?> read)
        {
            var value = read(Property);
            return Literals.Any(literal => ValuesEqual(value, literal));
        }
    }

    internal sealed record StringFunction(string Function, string Property, string Argument) : GraphFilter
    {
        public override IEnumerable<string> PropertyNames => [Property];

        public override bool Matches(Func<string, object?> read) => read(Property) is string value && Function switch
        {
            "startswith" => value.StartsWith(Argument, StringComparison.OrdinalIgnoreCase),
            "endswith" => value.EndsWith(Argument, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    internal sealed record And(GraphFilter Left, GraphFilter Right) : GraphFilter
    {
        public override IEnumerable<string> PropertyNames => Left.PropertyNames.Concat(Right.PropertyNames);

        public override bool Matches(Func<string, object?> read) => Left.Matches(read) && Right.Matches(read);
    }

    internal sealed record Or(GraphFilter Left, GraphFilter Right) : GraphFilter
    {
        public override IEnumerable<string> PropertyNames => Left.PropertyNames.Concat(Right.PropertyNames);

        public override bool Matches(Func<string, object?> read) => Left.Matches(read) || Right.Matches(read);
    }

    internal sealed record Not(GraphFilter Operand) : GraphFilter
    {
        public override IEnumerable<string> PropertyNames => Operand.PropertyNames;

        public override bool Matches(Func<string, object?> read) => !Operand.Matches(read);
    }

    private static bool ValuesEqual(object? value, object? literal) => (value, literal) switch
    {
        (null, null) => true,
        (string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase),
        (bool a, bool b) => a == b,
        _ => false,
    };
}
