using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Email.Tests.Infrastructure;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Email.Tests.DefaultProcess;

/// <summary>
/// Plays the people and the client of one engagement step by step, and runs the outbox worker after every step
/// so that the SMTP capture sees emails in the order the transitions happened.
/// </summary>
internal sealed class EngagementDriver(EmailHarness h, Guid id)
{
    public async Task CompleteAsync(string stepId, Actor actor, JsonObject? data = null, string? outcome = null)
    {
        var task = await h.OpenTaskAsync(id, stepId);
        (await h.Engine.CompleteTaskAsync(task.Id, outcome, data, actor)).Error.ShouldBeNull($"completing '{stepId}'");
        await h.Worker.SendDueAsync();
    }

    public async Task AnswerAsync(string purpose, string response, JsonObject? data = null)
    {
        var wait = await h.QueryAsync(db => db.Waits.AsNoTracking()
            .SingleAsync(w => w.EngagementId == id && w.Kind == WaitKind.ClientResponse && w.Name == purpose));
        (await h.Engine.RespondAsClientAsync(wait.Id, response, data)).Error.ShouldBeNull($"answering '{purpose}'");
        await h.Worker.SendDueAsync();
    }

    public async Task SignalAsync(string signal, JsonObject data)
    {
        (await h.Engine.SignalAsync(id, signal, data, Actor.User("accounting", "integration"))).Error.ShouldBeNull($"signal '{signal}'");
        await h.Worker.SendDueAsync();
    }

    /// <summary>Moves the clock on, fires what fell due and sends what that queued; returns how many waits fired.</summary>
    public async Task<int> AdvanceAsync(TimeSpan by)
    {
        h.Time.Advance(by);
        var fired = await h.Timers.FireDueAsync();
        await h.Worker.SendDueAsync();
        return fired;
    }

    public async Task ShouldBeInAsync(string stage)
    {
        var engagement = await h.EngagementAsync(id);
        var incidents = string.Join("; ", (await h.IncidentsAsync(id)).Select(i => i.Message));
        engagement.Status.ShouldNotBe(EngagementStatus.Faulted, incidents);
        engagement.Stage.ShouldBe(stage);
    }
}
