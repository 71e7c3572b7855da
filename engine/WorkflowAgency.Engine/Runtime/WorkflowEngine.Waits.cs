using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Forms;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Engine.Steps;

namespace WorkflowAgency.Engine.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>The client's answer through a link (accept, ask for changes…).</summary>
    public async Task<EngineResult<bool>> RespondAsClientAsync(Guid waitId, string response, JsonObject? data, CancellationToken cancellationToken = default)
    {
        var wait = await engagements.FindWaitAsync(waitId, cancellationToken);
        if (wait is null || wait.Kind != WaitKind.ClientResponse)
            return EngineError.NotFound("this link is no longer waiting for an answer");

        var (engagement, transition, error) = await OpenAsync(wait.EngagementId, Actor.Client, cancellationToken);
        if (error is not null)
            return error;
        if (transition!.Definition.FindStep(wait.Stage, wait.StepId) is not WaitForClientStep step
            || engagement!.Execution.Tokens.Find(t => t.WaitId == wait.Id) is not { } token)
            return EngineError.NotFound("this link is no longer waiting for an answer");
        if (step.Responses.All(r => r.Name != response))
            return EngineError.Invalid(
                $"'{response}' is not a possible answer",
                new Dictionary<string, string[]> { ["response"] = [$"Choose one of: {string.Join(", ", step.Responses.Select(r => r.Name))}"] });

        var form = FormValidation.Validate(step.Form, data);
        if (!form.IsValid)
            return EngineError.Invalid("The answer has errors", form.Errors);

        transition.Commit.RemovedWaitIds.Add(wait.Id);
        transition.Journal(JournalEntryKind.ClientResponded, step.Id, response, new JsonObject { ["data"] = form.Values.DeepClone() });
        Executor.Resume(transition, token, step, new ResumeEvent.ClientResponded(response, form.Values));
        return await CommitAsync(transition, cancellationToken) ?? EngineResult<bool>.Success(true);
    }

    /// <summary>Delivers a named signal (e.g. <c>payment-received</c>) to every path of the engagement waiting for it.</summary>
    public async Task<EngineResult<int>> SignalAsync(Guid engagementId, string signal, JsonObject? data, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var waits = (await engagements.FindWaitsAsync(engagementId, cancellationToken))
            .Where(w => w.Kind == WaitKind.Signal && w.Name == signal)
            .ToList();
        if (waits.Count == 0)
            return EngineError.NotFound($"engagement {engagementId} is not waiting for signal '{signal}'");

        var (engagement, transition, error) = await OpenAsync(engagementId, actor, cancellationToken);
        if (error is not null)
            return error;
        var delivered = 0;
        foreach (var wait in waits)
        {
            if (transition!.Definition.FindStep(wait.Stage, wait.StepId) is not { } step
                || engagement!.Execution.Tokens.Find(t => t.WaitId == wait.Id) is not { } token)
                continue;
            transition.Commit.RemovedWaitIds.Add(wait.Id);
            transition.Journal(JournalEntryKind.SignalReceived, step.Id, signal, new JsonObject { ["data"] = data?.DeepClone() });
            Executor.Resume(transition, token, step, new ResumeEvent.SignalReceived(signal, data ?? []));
            delivered++;
        }
        if (delivered == 0)
            return EngineError.NotFound($"engagement {engagementId} is not waiting for signal '{signal}'");
        return await CommitAsync(transition!, cancellationToken) ?? EngineResult<int>.Success(delivered);
    }

    /// <summary>
    /// Fires a timer or times out a client/signal wait whose due time has passed. Safe to call twice or from two
    /// workers: the wait is removed in the same transaction, so the loser finds nothing (or gets a conflict).
    /// </summary>
    public async Task<EngineResult<bool>> FireDueWaitAsync(Guid waitId, CancellationToken cancellationToken = default)
    {
        var wait = await engagements.FindWaitAsync(waitId, cancellationToken);
        if (wait is null)
            return EngineError.NotFound($"wait {waitId} is gone (already fired or its path moved on)");
        if (wait.DueAt is not { } due || due > Now())
            return EngineError.Conflict($"wait {waitId} is not due yet");

        var (engagement, transition, error) = await OpenAsync(wait.EngagementId, Actor.System, cancellationToken);
        if (error is not null)
            return error;
        if (transition!.Definition.FindStep(wait.Stage, wait.StepId) is not { } step
            || engagement!.Execution.Tokens.Find(t => t.WaitId == wait.Id) is not { } token)
            return EngineError.NotFound($"wait {waitId} is no longer waited on");

        transition.Commit.RemovedWaitIds.Add(wait.Id);
        Executor.Resume(transition, token, step, new ResumeEvent.TimeReached());
        return await CommitAsync(transition, cancellationToken) ?? EngineResult<bool>.Success(true);
    }
}
