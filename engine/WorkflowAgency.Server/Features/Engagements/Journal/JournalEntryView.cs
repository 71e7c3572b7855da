using System.Text.Json.Nodes;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Server.Features.Engagements.Journal;

internal sealed record JournalEntryView(long Id, DateTime At, JournalEntryKind Kind, string? Stage, string? StepId, string? Actor, string? Outcome, JsonObject? Data);
