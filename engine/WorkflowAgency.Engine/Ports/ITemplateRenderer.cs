using System.Text.Json.Nodes;

namespace WorkflowAgency.Engine.Ports;

/// <summary>Renders named templates (documents and emails) against an engagement's data.</summary>
public interface ITemplateRenderer
{
    /// <summary>
    /// Renders <paramref name="templateName"/> (e.g. <c>documents/proposal</c>, <c>emails/welcome</c>) with
    /// <paramref name="model"/>. Never throws for template mistakes: they come back as errors with line and column.
    /// </summary>
    TemplateRenderResult Render(string templateName, JsonObject model);

    /// <summary>Checks that a template exists and parses (with what it includes), without rendering it.</summary>
    IReadOnlyList<TemplateError> Check(string templateName);
}
