using WorkflowAgency.Engine.Ports;

namespace WorkflowAgency.Engine.Runtime;

/// <summary>The optional ports steps use while running: templates for documents and emails, and client links.</summary>
internal sealed record EnginePorts(ITemplateRenderer? Templates, IClientLinkIssuer? Links);
