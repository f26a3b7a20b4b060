namespace SuperOfficeProvisioning.Sandbox.Hosting;

/// <summary>
/// A command-line switch and the configuration key its value sets. A flag takes no value on the command line: it
/// stands for <see cref="FlagValue"/>.
/// </summary>
internal sealed record CommandLineSwitch(string Name, string Key, Type ValueType, string? FlagValue = null);
