using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Model;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Runtime;

/// <summary>
/// One transition in the making: the engagement as it changes in memory, and every row to write when it commits.
/// Nothing here touches storage; <see cref="IEngagementStore.CommitAsync"/> writes it all at once or not at all.
/// </summary>
internal sealed class TransitionContext
{
    private string? _scopeStage;
    private bool _scopeBuilt;

    public TransitionContext(Engagement engagement, ProcessDefinition definition, DateTime now, string actor, bool isNew, EnginePorts ports)
    {
        Engagement = engagement;
        Definition = definition;
        Now = now;
        Actor = actor;
        Templates = ports.Templates;
        Links = ports.Links;
        Commit = new EngagementCommit { Engagement = engagement, IsNew = isNew, ExpectedRevision = engagement.Revision };
    }

    public Engagement Engagement { get; }

    public ProcessDefinition Definition { get; }

    public DateTime Now { get; }

    /// <summary>Who caused this transition: a user name, <c>client</c> or <c>system</c>.</summary>
    public string Actor { get; }

    public ITemplateRenderer? Templates { get; }

    public IClientLinkIssuer? Links { get; }

    public EngagementCommit Commit { get; }

    public Stage? CurrentStage =>
        Engagement.Stage is { } id && Definition.Stages.TryGetValue(id, out var stage) ? stage : null;

    public Guid NewId() => Guid.CreateVersion7(new DateTimeOffset(Now, TimeSpan.Zero));

    public void Journal(JournalEntryKind kind, string? stepId = null, string? outcome = null, JsonObject? data = null, string? actor = null) =>
        Commit.Journal.Add(new JournalEntry
        {
            EngagementId = Engagement.Id,
            At = Now,
            Kind = kind,
            Stage = Engagement.Stage,
            StepId = stepId,
            Actor = actor ?? Actor,
            Outcome = outcome,
            Data = data,
        });

    /// <summary>Sets variables and records what changed, so the journal can answer "who changed the budget, when".</summary>
    public void SetVariables(JsonObject changes, string? stepId)
    {
        if (changes.Count == 0)
            return;
        foreach (var (name, value) in changes)
            Engagement.Variables[name] = value?.DeepClone();
        Journal(JournalEntryKind.VariablesChanged, stepId, data: (JsonObject)changes.DeepClone());
    }

    /// <summary>The data expressions see: the variables, with <c>engagement</c> kept current by the engine.</summary>
    /// <remarks>Rebuilt only when what it shows changed (a new transition, another stage), not per expression.</remarks>
    public JsonObject Scope()
    {
        var e = Engagement;
        if (_scopeStage != e.Stage || !_scopeBuilt)
        {
            e.Variables["engagement"] = new JsonObject
            {
                ["id"] = e.Id.ToString(),
                ["definition"] = e.DefinitionId,
                ["version"] = e.DefinitionVersion,
                ["stage"] = e.Stage,
                ["owner"] = e.Owner,
                ["started_at"] = e.CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            };
            _scopeStage = e.Stage;
            _scopeBuilt = true;
        }
        return e.Variables;
    }
}
