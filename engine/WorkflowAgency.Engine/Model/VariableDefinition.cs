using System.Text.Json.Nodes;

namespace WorkflowAgency.Engine.Model;

/// <summary>A declared variable with its type and the value a new engagement starts with.</summary>
public sealed record VariableDefinition(string Name, string Type, JsonNode? Default);
