using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Definitions.Reading;
using WorkflowAgency.Engine.Expressions;
using WorkflowAgency.Engine.Ports;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>
/// Reads and validates a definition's JSON text in one go, the way editors, the designer and publishing need it:
/// every problem with its JSON Pointer, line and column, in the order they appear in the text.
/// </summary>
/// <remarks>Thread-safe: one instance can serve every request.</remarks>
public sealed class DefinitionChecker(IExpressionLanguage language, ITemplateRenderer? templates = null)
{
    private readonly DefinitionValidator validator = new(language);

    /// <summary>Checks <paramref name="json"/>. Text that does not read as a definition yields that one problem and no document.</summary>
    public DefinitionCheckResult Check(string json)
    {
        var read = DefinitionReader.Read(json);
        if (read.Document is null)
            return new DefinitionCheckResult(null, read.Problems);

        var map = JsonSourceMap.Build(json);
        var problems = FindProblems(read.Document)
            .Select(problem => At(problem, map.Locate(problem.Path)))
            .OrderBy(problem => problem.Line)
            .ThenBy(problem => problem.Column);
        return new DefinitionCheckResult(read.Document, [.. problems]);
    }

    /// <summary>Checks a document that has no text, such as one built in code; problems carry paths but no positions.</summary>
    public IReadOnlyList<DefinitionProblem> FindProblems(DefinitionDocument document) =>
        [.. validator.FindProblems(document), .. TemplateReferences.FindProblems(document, templates)];

    private static DefinitionProblem At(DefinitionProblem problem, SourcePosition position) =>
        problem with { Line = position.Line, Column = position.Column };
}
