using Scriban.Parsing;
using WorkflowAgency.Engine.Ports;

namespace WorkflowAgency.Templating.Templates;

/// <summary>Turns Scriban's 0-based spans into <see cref="TemplateError"/>s with 1-based line and column.</summary>
internal static class TemplateErrors
{
    public static TemplateError At(string fileName, SourceSpan span, string source, string message)
    {
        var start = span.Start;
        // Scriban reports errors found at the end of input (an unclosed `{{ if`) with no position at all.
        return start.Line < 0 || start.Column < 0
            ? AtEnd(fileName, source, message)
            : new TemplateError(fileName, message, start.Line + 1, start.Column + 1);
    }

    /// <summary>An error about the file as a whole, with no position.</summary>
    public static TemplateError About(string fileName, string message) => new(fileName, message, 0, 0);

    /// <summary>Just past the last character, where the missing part should have been.</summary>
    private static TemplateError AtEnd(string fileName, string source, string message)
    {
        var lastBreak = source.LastIndexOf('\n');
        var line = source.Count(c => c == '\n') + 1;
        return new TemplateError(fileName, message, line, source.Length - lastBreak);
    }
}
