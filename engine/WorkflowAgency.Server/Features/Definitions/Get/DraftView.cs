using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Definitions;

namespace WorkflowAgency.Server.Features.Definitions.Get;

/// <summary>The draft being edited, with what must be fixed before it can be published.</summary>
internal sealed record DraftView(int Revision, DateTime UpdatedAt, string? UpdatedBy, JsonNode? Definition, IReadOnlyList<DefinitionProblem> Problems);
