using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

/// <summary>
/// Turns cmdlet help written as markdown (the platyPS layout: one file per cmdlet under docs/) into the MAML
/// file PowerShell's Get-Help reads. Fails the build when a cmdlet lacks a synopsis, an example or a
/// parameter description.
/// </summary>
public class CompileMamlHelp : Task
{
    private static readonly XNamespace Msh = "http://msh";
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    [Required]
    public string MarkdownDirectory { get; set; } = "";

    [Required]
    public string OutputFile { get; set; } = "";

    public override bool Execute()
    {
        var files = Directory.GetFiles(MarkdownDirectory, "*-*.md").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var root = new XElement(Msh + "helpItems", new XAttribute("schema", "maml"),
            new XAttribute(XNamespace.Xmlns + "maml", Maml), new XAttribute(XNamespace.Xmlns + "command", Command),
            new XAttribute(XNamespace.Xmlns + "dev", Dev));

        foreach (var file in files)
        {
            var doc = CommandDoc.Parse(File.ReadAllText(file));
            foreach (var problem in doc.Problems())
            {
                Log.LogError("{0}: {1}", Path.GetFileName(file), problem);
            }

            root.Add(doc.ToMaml());
        }

        Directory.CreateDirectory(Path.GetDirectoryName(OutputFile)!);
        var maml = new XDocument(new XDeclaration("1.0", "utf-8", null), root).ToString();
        if (!File.Exists(OutputFile) || File.ReadAllText(OutputFile) != maml)
        {
            File.WriteAllText(OutputFile, maml);
        }

        return !Log.HasLoggedErrors;
    }

    private sealed class CommandDoc
    {
        public string Name = "";
        public string Synopsis = "";
        public string Description = "";
        public List<string> ParameterSets = new List<string>();
        public List<Example> Examples = new List<Example>();
        public List<Parameter> Parameters = new List<Parameter>();
        public List<(string Type, string Text)> Inputs = new List<(string, string)>();
        public List<(string Type, string Text)> Outputs = new List<(string, string)>();
        public string Notes = "";
        public List<string> Links = new List<string>();

        public static CommandDoc Parse(string markdown)
        {
            var doc = new CommandDoc();
            var text = Regex.Replace(markdown.Replace("\r\n", "\n"), @"\A---\n.*?\n---\n", "", RegexOptions.Singleline);
            doc.Name = Regex.Match(text, @"^# (\S+)", RegexOptions.Multiline).Groups[1].Value;
            foreach (var (title, body) in Sections(text, "## "))
            {
                switch (title.ToUpperInvariant())
                {
                    case "SYNOPSIS": doc.Synopsis = body.Trim(); break;
                    case "DESCRIPTION": doc.Description = body.Trim(); break;
                    case "NOTES": doc.Notes = body.Trim(); break;
                    case "SYNTAX":
                        doc.ParameterSets = Sections(body, "### ").Select(s => Regex.Replace(s.Title, @"\s*\(Default\)\s*$", "")).ToList();
                        break;
                    case "EXAMPLES":
                        doc.Examples = Sections(body, "### ").Select(s => Example.Parse(s.Title, s.Body)).ToList();
                        break;
                    case "PARAMETERS":
                        doc.Parameters = Sections(body, "### ").Where(s => s.Title.StartsWith("-", StringComparison.Ordinal))
                            .Select(s => Parameter.Parse(s.Title.Substring(1), s.Body)).ToList();
                        break;
                    case "INPUTS": doc.Inputs = Sections(body, "### ").Select(s => (s.Title, s.Body.Trim())).ToList(); break;
                    case "OUTPUTS": doc.Outputs = Sections(body, "### ").Select(s => (s.Title, s.Body.Trim())).ToList(); break;
                    case "RELATED LINKS":
                        doc.Links = body.Split('\n').Select(l => l.Trim().TrimStart('-', '*').Trim()).Where(l => l.Length > 0).ToList();
                        break;
                }
            }

            return doc;
        }

        public IEnumerable<string> Problems()
        {
            if (Name.Length == 0) yield return "no '# Cmdlet-Name' heading";
            if (Synopsis.Length == 0) yield return "no SYNOPSIS";
            if (Description.Length == 0) yield return "no DESCRIPTION";
            if (Examples.Count == 0) yield return "no EXAMPLES";
            if (Outputs.Count == 0) yield return "no OUTPUTS";
            foreach (var p in Parameters.Where(p => p.Description.Length == 0)) yield return $"parameter -{p.Name} has no description";
        }

        public XElement ToMaml()
        {
            var dash = Name.IndexOf('-');
            return new XElement(Command + "command",
                new XElement(Command + "details",
                    new XElement(Command + "name", Name),
                    new XElement(Command + "verb", dash > 0 ? Name.Substring(0, dash) : Name),
                    new XElement(Command + "noun", dash > 0 ? Name.Substring(dash + 1) : ""),
                    new XElement(Maml + "description", Paras(Synopsis))),
                new XElement(Maml + "description", Paras(Description)),
                new XElement(Command + "syntax", SyntaxSets().Select(set => new XElement(Command + "syntaxItem",
                    new XElement(Maml + "name", Name),
                    Parameters.Where(p => p.InSet(set)).Select(p => p.ToMaml())))),
                new XElement(Command + "parameters", Parameters.Select(p => p.ToMaml())),
                new XElement(Command + "inputTypes", Inputs.Select(i => TypeEntry(Command + "inputType", i))),
                new XElement(Command + "returnValues", Outputs.Select(o => TypeEntry(Command + "returnValue", o))),
                new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paras(Notes))),
                new XElement(Command + "examples", Examples.Select(e => e.ToMaml())),
                new XElement(Command + "relatedLinks", Links.Select(l => new XElement(Maml + "navigationLink",
                    new XElement(Maml + "linkText", Regex.Replace(l, @"^\[(.*?)\]\(.*\)$", "$1")),
                    new XElement(Maml + "uri", Regex.Match(l, @"\((https?://[^)]+)\)").Groups[1].Value)))));
        }

        private IEnumerable<string> SyntaxSets() => ParameterSets.Count > 0 ? ParameterSets : new List<string> { "__AllParameterSets" };

        private static XElement TypeEntry(XName name, (string Type, string Text) entry) =>
            new XElement(name, new XElement(Dev + "type", new XElement(Maml + "name", entry.Type)), new XElement(Maml + "description", Paras(entry.Text)));
    }

    private sealed class Example
    {
        public string Title = "";
        public string Code = "";
        public string Remarks = "";

        public static Example Parse(string title, string body)
        {
            var code = Regex.Match(body, @"```[a-zA-Z]*\n(.*?)```", RegexOptions.Singleline);
            return new Example
            {
                Title = title,
                Code = code.Groups[1].Value.TrimEnd(),
                Remarks = (code.Success ? body.Remove(code.Index, code.Length) : body).Trim(),
            };
        }

        public XElement ToMaml() => new XElement(Command + "example",
            new XElement(Maml + "title", "-------------------------- " + Title + " --------------------------"),
            new XElement(Dev + "code", Code),
            new XElement(Dev + "remarks", Paras(Remarks)));
    }

    private sealed class Parameter
    {
        public string Name = "";
        public string Description = "";
        public Dictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public static Parameter Parse(string name, string body)
        {
            var yaml = Regex.Match(body, @"```yaml\n(.*?)```", RegexOptions.Singleline);
            var p = new Parameter { Name = name.Trim(), Description = (yaml.Success ? body.Remove(yaml.Index, yaml.Length) : body).Trim() };
            foreach (var line in yaml.Groups[1].Value.Split('\n'))
            {
                var colon = line.IndexOf(':');
                if (colon > 0) p.Fields[line.Substring(0, colon).Trim()] = line.Substring(colon + 1).Trim();
            }

            return p;
        }

        private string Field(string key, string fallback) => Fields.TryGetValue(key, out var v) && v.Length > 0 ? v : fallback;

        public bool InSet(string set)
        {
            var sets = Field("Parameter Sets", "(All)");
            return sets == "(All)" || set == "__AllParameterSets" || sets.Split(',').Any(s => s.Trim() == set);
        }

        public XElement ToMaml() => new XElement(Command + "parameter",
            new XAttribute("required", Field("Required", "False").ToLowerInvariant().Contains("true") ? "true" : "false"),
            new XAttribute("variableLength", "true"),
            new XAttribute("globbing", Field("Accept wildcard characters", "False").ToLowerInvariant()),
            new XAttribute("pipelineInput", Field("Accept pipeline input", "False")),
            new XAttribute("position", Field("Position", "Named").ToLowerInvariant()),
            new XAttribute("aliases", Field("Aliases", "none")),
            new XElement(Maml + "name", Name),
            new XElement(Maml + "description", Paras(Description)),
            new XElement(Command + "parameterValue", new XAttribute("required", "true"), new XAttribute("variableLength", "false"), Field("Type", "Object")),
            new XElement(Dev + "type", new XElement(Maml + "name", Field("Type", "Object"))),
            new XElement(Dev + "defaultValue", Field("Default value", "None")));
    }

    private static IEnumerable<(string Title, string Body)> Sections(string text, string marker)
    {
        var matches = Regex.Matches(text, "^" + Regex.Escape(marker) + @"(.+)$", RegexOptions.Multiline).Cast<Match>().ToList();
        for (var i = 0; i < matches.Count; i++)
        {
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            yield return (matches[i].Groups[1].Value.Trim(), text.Substring(start, end - start));
        }
    }

    private static IEnumerable<XElement> Paras(string text) =>
        Regex.Split(text.Trim(), @"\n\s*\n").Where(p => p.Trim().Length > 0)
            .Select(p => new XElement(Maml + "para", Regex.Replace(p.Trim(), @"\s*\n\s*", " ")));
}
