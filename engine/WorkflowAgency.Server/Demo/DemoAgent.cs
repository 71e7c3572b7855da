using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Server.Features.Engagements.LogClientMessage;
using WorkflowAgency.Server.Features.Payments;

namespace WorkflowAgency.Server.Demo;

/// <summary>
/// Plays the people around one engagement: staff complete its tasks, the client answers its links, accounting
/// records invoices and payments. Each call does what is due now and says when it wants to act next.
/// </summary>
internal sealed partial class DemoAgent(DemoEngagementPlan plan, DemoWorld world)
{
    private readonly Dictionary<Guid, DateTimeOffset> _planned = [];
    private readonly List<(DateTimeOffset At, Guid Invoice, decimal Amount)> _payments = [];
    private readonly Dictionary<Guid, (string Response, JsonObject Data, TimeSpan Delay)?> _answers = [];
    private Guid _id;
    private int _changeRounds;
    private bool _askedMoreInfo;
    private bool _reworked;
    private bool _reminded;
    private decimal _contract;
    private decimal _deposit;

    public DemoEngagementPlan Plan => plan;

    /// <summary>Acts once; returns when to be called again (null: nothing more to do) and a follow-up engagement to start.</summary>
    public async Task<(DateTimeOffset? Next, DemoEngagementPlan? FollowUp)> ActAsync(CancellationToken cancellationToken)
    {
        var now = world.Now;
        if (_id == Guid.Empty)
        {
            await StartAsync(cancellationToken);
            return (now, null);
        }

        if (_payments.FirstOrDefault(p => p.At <= now) is { Invoice: var invoice } due && invoice != Guid.Empty)
        {
            _payments.Remove(due);
            Check(await world.Ledger.RecordPaymentAsync(invoice, new NewPayment(due.Amount, DemoForms.Date(world.Today)), "accounting", cancellationToken));
            return (now, null);
        }

        var (engagement, tasks, waits) = await ReadAsync(cancellationToken);
        if (engagement.Status is EngagementStatus.Completed or EngagementStatus.Cancelled)
        {
            var next = plan.FollowUp is { } followUp && engagement.Result is "renewed" or "upsold"
                ? followUp with { StartAt = world.Working(now + world.Days(3, 12)) }
                : null;
            return (null, next);
        }
        if (plan.StopStage == engagement.Stage && !(engagement.Stage == "payment" && tasks.Any(t => t.StepId == "close")))
            return (_payments.Count > 0 ? _payments.Min(p => p.At) : null, null);

        var wake = new List<DateTimeOffset>();
        // Ordered by what is stable from run to run (not ids), so the dice are thrown in the same order every time.
        foreach (var task in tasks.OrderBy(t => t.CreatedAt).ThenBy(t => t.StepId, StringComparer.Ordinal))
        {
            var at = When(task.Id, () => world.Working(now + Delay(task.StepId)));
            if (at <= now)
            {
                await CompleteAsync(task, engagement, cancellationToken);
                return (now, null);
            }
            wake.Add(at);
        }
        foreach (var wait in waits.OrderBy(w => w.CreatedAt).ThenBy(w => w.StepId, StringComparer.Ordinal))
        {
            if (wait.Kind == WaitKind.ClientResponse && Answer(wait) is { } answer)
            {
                var at = When(wait.Id, () => now + answer.Delay);
                if (at <= now)
                {
                    Check(await world.Engine.RespondAsClientAsync(wait.Id, answer.Response, answer.Data, cancellationToken));
                    return (now, null);
                }
                wake.Add(at);
            }
            else if (wait.DueAt is { } dueAt)
            {
                wake.Add(new DateTimeOffset(dueAt, TimeSpan.Zero).AddSeconds(1));
            }
        }
        wake.AddRange(_payments.Select(p => p.At));
        if (wake.Count == 0)
            return (null, null);
        // A wait already due fires when the clock next moves; a minute on makes sure it moves.
        var soonest = wake.Min();
        return (soonest > now ? soonest : now.AddMinutes(1), null);
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        var client = plan.Client;
        var started = await world.Engine.StartAsync(new StartEngagement
        {
            DefinitionId = "client-engagement",
            Client = new ClientInfo(client.Name, client.Company, client.Email),
            Owner = client.Owner,
            Variables = new JsonObject
            {
                ["owner_name"] = DemoWorld.DisplayName(client.Owner),
                ["budget"] = plan.Fee,
                ["currency"] = client.Currency,
            },
        }, DemoWorld.ActorFor(client.Owner, null), cancellationToken);
        _id = Check(started);
    }

    private DateTimeOffset When(Guid id, Func<DateTimeOffset> plan)
    {
        if (!_planned.TryGetValue(id, out var at))
            _planned[id] = at = plan();
        return at;
    }

    private async Task<(Engagement Engagement, List<WorkTask> Tasks, List<Wait> Waits)> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await world.Contexts.CreateDbContextAsync(cancellationToken);
        var engagement = await db.Engagements.AsNoTracking().SingleAsync(e => e.Id == _id, cancellationToken);
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.EngagementId == _id && t.Status == WorkTaskStatus.Open).ToListAsync(cancellationToken);
        var waits = await db.Waits.AsNoTracking().Where(w => w.EngagementId == _id).ToListAsync(cancellationToken);
        return (engagement, tasks, waits);
    }

    private async Task CompleteAsync(WorkTask task, Engagement engagement, CancellationToken cancellationToken)
    {
        if (engagement.Stage is "execution" or "report" && world.Random.NextDouble() < 0.3)
            await LogClientCallAsync(engagement, cancellationToken);

        var (outcome, data) = Decide(task, engagement);
        var actor = DemoWorld.ActorFor(task.AssigneeUser, task.AssigneeGroup);
        Check(await world.Engine.CompleteTaskAsync(task.Id, outcome, data, actor, cancellationToken));
        await AfterAsync(task.StepId, outcome, data, cancellationToken);
    }

    /// <summary>The client rang or wrote before this piece of work; it is logged now, with the time it came in.</summary>
    private async Task LogClientCallAsync(Engagement engagement, CancellationToken cancellationToken)
    {
        var receivedAt = world.Now - world.Hours(1, 20);
        if (engagement.StageEnteredAt is { } entered && receivedAt < new DateTimeOffset(entered, TimeSpan.Zero))
            return;
        var channel = world.Random.Next(2) == 0 ? "phone" : "email";
        var request = new ClientMessageRequest(receivedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), channel, "Asked how the campaign is going");
        Check(await world.Messages.LogAsync(_id, request, plan.Client.Owner, cancellationToken));
    }

    private async Task AfterAsync(string stepId, string? outcome, JsonObject? data, CancellationToken cancellationToken)
    {
        if (stepId == "contract" && outcome == "signed" && plan.Deposit)
        {
            _deposit = decimal.Round(_contract / 2, 0);
            var deposit = Check(await world.Ledger.RecordInvoiceAsync(_id, new NewInvoice(world.NextInvoiceNumber(), _deposit, null, null, DemoForms.Date(world.Today.AddDays(14))), plan.Client.Owner, cancellationToken));
            _payments.Add((world.Working(world.Now + world.Days(3, 12)), deposit.Id, _deposit));
        }
        if (stepId == "close")
        {
            var amount = (decimal)data!["invoice_amount"]!.GetValue<decimal>();
            var due = DateOnly.Parse(data["invoice_due"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
            var invoice = Check(await world.Ledger.RecordInvoiceAsync(_id, new NewInvoice(data["invoice_number"]!.GetValue<string>(), amount, null, null, DemoForms.Date(due)), plan.Client.Owner, cancellationToken));
            if (plan.StopStage == "payment")
                return;
            var paidOn = due.ToDateTime(TimeOnly.FromTimeSpan(TimeSpan.FromHours(10)));
            var at = plan.DaysLate > 0
                ? new DateTimeOffset(paidOn, TimeSpan.Zero).AddDays(plan.DaysLate)
                : Later(new DateTimeOffset(paidOn, TimeSpan.Zero).AddDays(-world.Random.Next(1, 20)), world.Now.AddDays(2));
            if (plan.PaysInTwoParts)
            {
                var half = decimal.Round(amount / 2, 0);
                _payments.Add((world.Working(Later(at.AddDays(-10), world.Now.AddDays(1))), invoice.Id, half));
                _payments.Add((world.Working(at), invoice.Id, amount - half));
            }
            else
            {
                _payments.Add((world.Working(at), invoice.Id, amount));
            }
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static T Check<T>(EngineResult<T> result) =>
        result.Succeeded ? result.Value! : throw new InvalidOperationException($"the demo history could not go on: {result.Error}");
}
