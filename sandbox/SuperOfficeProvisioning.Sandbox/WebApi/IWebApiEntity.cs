namespace SuperOfficeProvisioning.Sandbox.WebApi;

/// <summary>A WebAPI entity the sandbox stores: it has an id and copies itself, so callers never share stored instances.</summary>
internal interface IWebApiEntity<T>
    where T : class
{
    int Id { get; set; }

    T Clone();
}
