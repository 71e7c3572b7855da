using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Model;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Steps;

/// <summary>Renders a template into a stored, versioned document (proposal v1, v2…).</summary>
public sealed class RenderDocumentStep : Step
{
    public override string Type => StepTypes.RenderDocument;

    public required string Template { get; init; }

    /// <summary>The document's name, e.g. <c>proposal</c>; later steps attach it by this name.</summary>
    public required string As { get; init; }

    public required Exit Exit { get; init; }

    internal override StepResult Execute(StepContext context)
    {
        if (context.Templates is null)
            return StepResult.Fail($"{Type} step '{Id}' ({Path}): no template renderer is configured");

        var rendered = context.Templates.Render(Template, context.Transition.Scope());
        if (!rendered.Succeeded)
            return StepResult.Fail($"{Type} step '{Id}' ({Path}/template): {string.Join("; ", rendered.Errors)}");

        var documents = context.Engagement.Variables["documents"] as JsonObject ?? [];
        var version = (documents[As]?["version"]?.GetValue<int>() ?? 0) + 1;
        var document = new StoredDocument
        {
            Id = context.NewId(),
            EngagementId = context.Engagement.Id,
            Name = As,
            Version = version,
            Template = Template,
            TemplateVersion = rendered.Value!.Version,
            Html = rendered.Value.Html,
            CreatedAt = context.Now,
        };
        context.Transition.Commit.Documents.Add(document);

        // Templates and later steps refer to the latest version by name: documents.proposal.version.
        documents[As] = new JsonObject { ["id"] = document.Id.ToString(), ["version"] = version, ["template"] = Template };
        context.Engagement.Variables["documents"] = documents;
        context.Journal(JournalEntryKind.DocumentRendered, data: new() { ["document"] = As, ["version"] = version });
        return StepResult.Continue(Exit);
    }
}
