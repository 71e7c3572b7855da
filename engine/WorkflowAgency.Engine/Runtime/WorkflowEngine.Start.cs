using System.Net.Mail;
using System.Text.Json.Nodes;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>Starts an engagement on the latest published version of the definition and runs it until it waits.</summary>
    public async Task<EngineResult<Guid>> StartAsync(StartEngagement command, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        var fields = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(command.Client.Name))
            fields["client.name"] = ["The client's name is required"];
        if (command.Client.Email is { } email && !MailAddress.TryCreate(email, out _))
            fields["client.email"] = [$"'{email}' is not an email address"];
        if (fields.Count > 0)
            return EngineError.Invalid("The handoff is incomplete", fields);

        var version = await definitions.FindLatestPublishedVersionAsync(command.DefinitionId, cancellationToken);
        if (version is null
            || await cache.GetAsync(command.DefinitionId, version.Value, cancellationToken) is not { } definition)
            return EngineError.NotFound($"no published version of definition '{command.DefinitionId}'");

        var now = Now();
        var variables = new JsonObject();
        foreach (var variable in definition.Variables.Values)
            variables[variable.Name] = variable.Default?.DeepClone();
        foreach (var (name, value) in command.Variables ?? [])
            variables[name] = value?.DeepClone();
        variables["client"] = new JsonObject
        {
            ["name"] = command.Client.Name.Trim(),
            ["company"] = command.Client.Company,
            ["email"] = command.Client.Email,
            ["phone"] = command.Client.Phone,
        };

        var engagement = new Engagement
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(now, TimeSpan.Zero)),
            DefinitionId = definition.Id,
            DefinitionVersion = definition.Version,
            Status = EngagementStatus.Running,
            ClientName = command.Client.Name.Trim(),
            ClientCompany = command.Client.Company,
            ClientEmail = command.Client.Email,
            Owner = command.Owner,
            CreatedAt = now,
            UpdatedAt = now,
            Variables = variables,
        };
        var transition = new TransitionContext(engagement, definition, now, actor.Name, isNew: true, _ports);
        transition.Journal(JournalEntryKind.EngagementStarted, data: new JsonObject
        {
            ["definition"] = definition.Id,
            ["version"] = definition.Version,
            ["owner"] = command.Owner,
        });
        Executor.EnterStage(transition, definition.StartStageId);
        Executor.Run(transition);

        var error = await CommitAsync(transition, cancellationToken);
        return error ?? EngineResult<Guid>.Success(engagement.Id);
    }

    /// <summary>Stops an engagement: open tasks are withdrawn, timers and links stop.</summary>
    public async Task<EngineResult<bool>> CancelAsync(Guid engagementId, Actor actor, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (engagement, transition, error) = await OpenAsync(engagementId, actor, cancellationToken);
        if (error is not null)
            return error;
        if (engagement!.Status is EngagementStatus.Completed or EngagementStatus.Cancelled)
            return EngineError.Conflict($"engagement {engagementId} is already {engagement.Status.ToString().ToLowerInvariant()}");

        Executor.WithdrawAll(transition!);
        transition!.Journal(JournalEntryKind.EngagementCancelled, data: new JsonObject { ["reason"] = reason });
        engagement.Status = EngagementStatus.Cancelled;
        engagement.CompletedAt = transition.Now;
        engagement.NextDueAt = null;
        return await CommitAsync(transition, cancellationToken) ?? EngineResult<bool>.Success(true);
    }
}
