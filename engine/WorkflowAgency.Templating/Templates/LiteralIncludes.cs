using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace WorkflowAgency.Templating.Templates;

/// <summary>The <c>include 'name'</c> calls of a template whose name is a literal, so checkable without data.</summary>
internal static class LiteralIncludes
{
    public static IEnumerable<(string Name, SourceSpan Span)> In(Template template) =>
        template.Page is null ? [] : Walk(template.Page);

    private static IEnumerable<(string Name, SourceSpan Span)> Walk(ScriptNode node)
    {
        if (node is ScriptFunctionCall { Target: ScriptVariable { Name: "include" }, Arguments: [ScriptLiteral { Value: string name }, ..] } call)
            yield return (name, call.Span);

        foreach (var child in node.Children)
        {
            if (child is null)
                continue;
            foreach (var include in Walk(child))
                yield return include;
        }
    }
}
