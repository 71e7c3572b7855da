using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Server.Features.Kpis.Calculation;
using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Tests.Kpis;

/// <summary>Builds a KPI history by hand, record by record, with times written as <c>yyyy-MM-dd HH:mm</c> (UTC).</summary>
internal sealed class HistoryBuilder
{
    private readonly List<Engagement> _engagements = [];
    private readonly List<JournalEntry> _journal = [];
    private readonly List<WorkTask> _tasks = [];
    private readonly List<Invoice> _invoices = [];
    private readonly List<Payment> _payments = [];
    private readonly List<ClientMessage> _messages = [];
    private readonly List<KpiPerson> _staff = [new("account1", "Alex Account"), new("account2", "Sam Account")];
    private readonly List<string> _stages = [];

    public static DateTime At(string text) =>
        DateTime.SpecifyKind(DateTime.ParseExact(text, text.Length > 10 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd", CultureInfo.InvariantCulture), DateTimeKind.Utc);

    public static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public HistoryBuilder Stages(params string[] stages)
    {
        _stages.AddRange(stages);
        return this;
    }

    public HistoryBuilder NoStaff()
    {
        _staff.Clear();
        return this;
    }

    public Guid Engagement(string company, string owner, string created, string? completed = null, string? result = null, string currency = "EUR")
    {
        var engagement = new Engagement
        {
            Id = Guid.NewGuid(),
            DefinitionId = "client-engagement",
            DefinitionVersion = 1,
            Status = completed is null ? EngagementStatus.Waiting : EngagementStatus.Completed,
            ClientName = "Contact at " + company,
            ClientCompany = company,
            Owner = owner,
            CreatedAt = At(created),
            CompletedAt = completed is null ? null : At(completed),
            Result = result,
            Variables = new JsonObject { ["currency"] = currency },
        };
        _engagements.Add(engagement);
        return engagement.Id;
    }

    public HistoryBuilder Journal(Guid engagement, string at, JournalEntryKind kind, string? actor, string? stage = null, string? outcome = null, JsonObject? data = null)
    {
        _journal.Add(new JournalEntry
        {
            Id = _journal.Count + 1,
            EngagementId = engagement,
            At = At(at),
            Kind = kind,
            Stage = stage,
            Actor = actor,
            Outcome = outcome,
            Data = data,
        });
        return this;
    }

    /// <summary>A staff task completion with form data (the journal keeps it under <c>data</c>).</summary>
    public HistoryBuilder Completed(Guid engagement, string at, string actor, string? outcome = null, JsonObject? form = null) =>
        Journal(engagement, at, JournalEntryKind.TaskCompleted, actor, outcome: outcome, data: new JsonObject { ["data"] = form ?? [] });

    /// <summary>A client's answer through a link.</summary>
    public HistoryBuilder Answered(Guid engagement, string at, string response, JsonObject? form = null) =>
        Journal(engagement, at, JournalEntryKind.ClientResponded, "client", outcome: response, data: new JsonObject { ["data"] = form ?? [] });

    public HistoryBuilder Survey(Guid engagement, string at, int recommend, int knowledge, int care) =>
        Answered(engagement, at, "submit", new JsonObject { ["recommend"] = recommend, ["knowledge"] = knowledge, ["care"] = care });

    public HistoryBuilder Visit(Guid engagement, string stage, string entered, string exited, string outcome) =>
        Journal(engagement, entered, JournalEntryKind.StageEntered, "system", stage)
            .Journal(engagement, exited, JournalEntryKind.StageExited, "system", stage, outcome);

    public HistoryBuilder Message(Guid engagement, string receivedAt)
    {
        _messages.Add(new ClientMessage { Id = _messages.Count + 1, EngagementId = engagement, ReceivedAt = At(receivedAt), Channel = "phone", Summary = "Called", LoggedBy = "account1", LoggedAt = At(receivedAt).AddHours(1) });
        return this;
    }

    public Guid Invoice(Guid engagement, string issued, decimal amount, string due, string currency = "EUR")
    {
        var invoice = new Invoice { Id = Guid.NewGuid(), EngagementId = engagement, Number = "INV-" + (_invoices.Count + 1), Amount = amount, Currency = currency, IssuedOn = Day(issued), DueOn = Day(due), CreatedBy = "account1" };
        _invoices.Add(invoice);
        return invoice.Id;
    }

    public HistoryBuilder Paid(Guid invoice, string received, decimal amount)
    {
        var owner = _invoices.Single(i => i.Id == invoice);
        owner.Paid += amount;
        _payments.Add(new Payment { Id = _payments.Count + 1, InvoiceId = invoice, EngagementId = owner.EngagementId, Amount = amount, ReceivedOn = Day(received), RecordedBy = "accounting" });
        return this;
    }

    public Guid Task(Guid engagement, string created, string? due, string? user = null, string? group = null, string? claimedBy = null, string? completed = null, bool cancelled = false)
    {
        var task = new WorkTask
        {
            Id = Guid.NewGuid(),
            EngagementId = engagement,
            Stage = "execution",
            StepId = "step",
            Title = "A task",
            AssigneeUser = user,
            AssigneeGroup = group,
            ClaimedBy = claimedBy,
            CreatedAt = At(created),
            DueAt = due is null ? null : At(due),
            CompletedAt = completed is null || cancelled ? null : At(completed),
            Status = cancelled ? WorkTaskStatus.Cancelled : completed is null ? WorkTaskStatus.Open : WorkTaskStatus.Completed,
        };
        _tasks.Add(task);
        if (cancelled)
            Journal(engagement, completed!, JournalEntryKind.TaskCancelled, "system", data: new JsonObject { ["task"] = task.Id.ToString() });
        return task.Id;
    }

    public KpiHistory Build() => new(
        _engagements, _journal.OrderBy(j => j.At).ThenBy(j => j.Id).ToList(), _tasks, _invoices, _payments, _messages, _staff, _stages);
}
