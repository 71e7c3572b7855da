using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Ports;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>
/// Every template a definition names must exist and parse, so a typo is caught at publish time and not when
/// the first client is due an email.
/// </summary>
internal static class TemplateReferences
{
    public static IEnumerable<DefinitionProblem> FindProblems(DefinitionDocument document, ITemplateRenderer? templates)
    {
        // Without a renderer (e.g. a tool checking structure only) there is nothing to look templates up in.
        if (templates is null)
            yield break;

        foreach (var (path, name) in References(document))
        {
            foreach (var error in templates.Check(name))
            {
                var where = error.Line > 0 ? $" (line {error.Line}, column {error.Column})" : "";
                yield return new DefinitionProblem(path, $"template '{name}': {error.Message}{where}");
            }
        }
    }

    private static IEnumerable<(string Path, string Name)> References(DefinitionDocument document)
    {
        var stages = document.Stages ?? [];
        for (var i = 0; i < stages.Count; i++)
        {
            var emails = stages[i]?.OnEnter?.Emails ?? [];
            for (var e = 0; e < emails.Count; e++)
            {
                if (!string.IsNullOrWhiteSpace(emails[e]))
                    yield return ($"/stages/{i}/onEnter/emails/{e}", emails[e]);
            }

            var steps = stages[i]?.Steps ?? [];
            for (var j = 0; j < steps.Count; j++)
            {
                if (steps[j] is { Template: { Length: > 0 } template, Type: StepTypes.SendEmail or StepTypes.RenderDocument or StepTypes.WaitForClient })
                    yield return ($"/stages/{i}/steps/{j}/template", template);
            }
        }
    }
}
