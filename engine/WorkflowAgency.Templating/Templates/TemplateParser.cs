using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using WorkflowAgency.Engine.Ports;

namespace WorkflowAgency.Templating.Templates;

/// <summary>Parses template files, with their front matter when they start with one.</summary>
internal static partial class TemplateParser
{
    /// <summary>The line that opens and closes a front matter block.</summary>
    public const string FrontMatterMarker = "+++";

    // Literals such as 0.1 become decimal, like numbers from the data, so money sums stay exact.
    private static readonly ParserOptions Options = new() { ParseFloatAsDecimal = true };

    public static (Template? Template, IReadOnlyList<TemplateError> Errors) Parse(string source, string fileName)
    {
        // Scriban's FrontMatterAndContent mode refuses a text that does not start with the marker, so the
        // mode is chosen by looking, the way Scriban's lexer itself recognises the marker line.
        var mode = StartsWithFrontMatter().IsMatch(source) ? ScriptMode.FrontMatterAndContent : ScriptMode.Default;
        var template = Template.Parse(source, fileName, Options, new LexerOptions { FrontMatterMarker = FrontMatterMarker, Mode = mode });
        if (!template.HasErrors)
            return (template, []);

        var errors = template.Messages
            .Where(message => message.Type == ParserMessageType.Error)
            .Select(message => TemplateErrors.At(fileName, message.Span, source, message.Message))
            .ToList();
        return (null, errors);
    }

    [GeneratedRegex(@"\A\+\+\+[ \t]*(\r\n?|\n)")]
    private static partial Regex StartsWithFrontMatter();
}
