using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Model;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Steps;

/// <summary>
/// Waits for the client to answer through a link (accept, ask for changes…), with an optional timeout.
/// The answer is stored in the variable named by <see cref="Purpose"/>.
/// </summary>
public sealed class WaitForClientStep : Step
{
    public override string Type => StepTypes.WaitForClient;

    /// <summary>What the client is asked, e.g. <c>proposal_response</c>; also the variable holding the answer.</summary>
    public required string Purpose { get; init; }

    public required IReadOnlyList<Choice> Responses { get; init; }

    public TimeSpec? Timeout { get; init; }

    public Exit? OnTimeout { get; init; }

    /// <summary>The email that carries the link to the client, sent as the wait starts.</summary>
    public string? Template { get; init; }

    /// <summary>Details the client gives with their answer (a survey's scores, a comment), validated like a task form.</summary>
    public FormDefinition Form { get; init; } = FormDefinition.Empty;

    /// <summary>Documents attached to that email.</summary>
    public IReadOnlyList<string> Attach { get; init; } = [];

    /// <summary>How long a link lives when the wait has no timeout.</summary>
    public static readonly TimeSpan DefaultLinkLifetime = TimeSpan.FromDays(30);

    internal override StepResult Execute(StepContext context)
    {
        var dueAt = context.ResolveTime(Timeout, "timeout", out var error);
        if (error is not null)
            return StepResult.Fail(error);
        var wait = context.AddWait(WaitKind.ClientResponse, Purpose, dueAt);
        if (context.Transition.Links is { } links)
            RememberLink(context, links.Issue(wait.Id, dueAt ?? context.Now + DefaultLinkLifetime), dueAt ?? context.Now + DefaultLinkLifetime);
        if (Template is not null && EmailQueue.Queue(context.Transition, Template, null, null, Attach, Id) is { } failure)
            return StepResult.Fail($"{Type} step '{Id}' ({Path}/template): {failure}");
        return StepResult.WaitOn(wait.Id, dueAt);
    }

    internal override StepResult Resume(StepContext context, ResumeEvent resume)
    {
        switch (resume)
        {
            case ResumeEvent.ClientResponded answered:
                var choice = Responses.FirstOrDefault(r => r.Name == answered.Response);
                if (choice is null)
                    return StepResult.Fail($"{Type} step '{Id}' has no response '{answered.Response}'");
                context.SetVariables(new JsonObject
                {
                    [Purpose] = new JsonObject
                    {
                        ["response"] = answered.Response,
                        ["data"] = answered.Data.DeepClone(),
                        ["at"] = context.Now.ToString("O"),
                    },
                });
                return StepResult.Continue(choice.Exit);
            case ResumeEvent.TimeReached when OnTimeout is not null:
                context.Journal(JournalEntryKind.TimerFired, outcome: "timeout");
                return StepResult.Continue(OnTimeout);
            default:
                return base.Resume(context, resume);
        }
    }

    /// <summary>
    /// Keeps the link where templates find it: <c>link</c> for the request being made now, and
    /// <c>links.&lt;purpose&gt;</c> for reminders later. Not journalled: the link is a credential.
    /// </summary>
    private void RememberLink(StepContext context, Uri link, DateTime expiresAt)
    {
        var variables = context.Engagement.Variables;
        var expires = expiresAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        variables["link"] = link.ToString();
        variables["link_expires_at"] = expires;
        var all = variables["links"] as JsonObject ?? [];
        all[Purpose] = new JsonObject { ["url"] = link.ToString(), ["expires_at"] = expires };
        variables["links"] = all;
    }
}
