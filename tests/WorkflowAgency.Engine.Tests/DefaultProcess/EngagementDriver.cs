using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Engine.Tests.Runtime;

namespace WorkflowAgency.Engine.Tests.DefaultProcess;

/// <summary>Plays the people and the client of one engagement, step by step, failing loudly on any refusal.</summary>
internal sealed class EngagementDriver(EngineHarness h, Guid id)
{
    public Guid Id => id;

    public async Task CompleteAsync(string stepId, Actor actor, JsonObject? data = null, string? outcome = null)
    {
        var task = await h.OpenTaskAsync(id, stepId);
        var result = await h.Engine.CompleteTaskAsync(task.Id, outcome, data, actor);
        result.Error.ShouldBeNull($"completing '{stepId}'");
    }

    public async Task AnswerAsync(string purpose, string response, JsonObject? data = null)
    {
        var wait = await h.QueryAsync(db => db.Waits.AsNoTracking()
            .SingleAsync(w => w.EngagementId == id && w.Kind == WaitKind.ClientResponse && w.Name == purpose));
        var result = await h.Engine.RespondAsClientAsync(wait.Id, response, data);
        result.Error.ShouldBeNull($"answering '{purpose}'");
    }

    public async Task<int> AdvanceAsync(TimeSpan by)
    {
        h.Time.Advance(by);
        return await h.Timers.FireDueAsync();
    }

    public async Task ShouldBeInAsync(string stage)
    {
        var engagement = await h.EngagementAsync(id);
        engagement.Status.ShouldNotBe(EngagementStatus.Faulted, await IncidentsAsync());
        engagement.Stage.ShouldBe(stage);
    }

    private async Task<string> IncidentsAsync() =>
        string.Join("; ", await h.QueryAsync(db => db.Incidents.Where(i => i.EngagementId == id).Select(i => i.Message).ToListAsync()));
}
