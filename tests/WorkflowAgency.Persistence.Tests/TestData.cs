using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Persistence.Tests;

/// <summary>Well-formed rows for tests, each with every column worth checking filled in.</summary>
internal static class TestData
{
    public static readonly DateTime T0 = new(2025, 3, 3, 9, 30, 15, 123, DateTimeKind.Utc);

    public static Engagement Engagement()
    {
        var fork = Guid.CreateVersion7();
        return new Engagement
        {
            Id = Guid.CreateVersion7(),
            DefinitionId = "client-engagement",
            DefinitionVersion = 3,
            Status = EngagementStatus.Waiting,
            Stage = "proposal",
            StageEnteredAt = T0,
            ClientName = "Nguyễn Thị Mai",
            ClientCompany = "Sông Hồng Café",
            ClientEmail = "mai@example.com",
            Owner = "alice",
            NextDueAt = T0.AddDays(3),
            CreatedAt = T0,
            UpdatedAt = T0,
            Variables = new JsonObject
            {
                ["budget"] = 12500.5m,
                ["client"] = new JsonObject { ["company"] = "Sông Hồng Café", ["tags"] = new JsonArray("vip", "food") },
                ["approved"] = false,
            },
            Execution = new ExecutionState
            {
                Tokens =
                [
                    new Token { Id = Guid.CreateVersion7(), StepId = "draft", Status = TokenStatus.Waiting, WaitId = Guid.CreateVersion7(), Forks = [fork] },
                    new Token { Id = Guid.CreateVersion7(), StepId = "render", Status = TokenStatus.Ready },
                ],
                Forks = [new ForkState { Id = fork, JoinStepId = "join", Expected = 2, Arrived = 1 }],
            },
            Revision = 1,
        };
    }

    public static WorkTask Task(Guid engagementId, string title = "Draft the proposal") => new()
    {
        Id = Guid.CreateVersion7(),
        EngagementId = engagementId,
        TokenId = Guid.CreateVersion7(),
        Stage = "proposal",
        StepId = "draft",
        Title = title,
        Description = "For the spring campaign",
        AssigneeGroup = "account",
        Status = WorkTaskStatus.Open,
        Priority = TaskPriority.High,
        CreatedAt = T0,
        DueAt = T0.AddDays(3),
        Revision = 1,
    };

    public static Wait Wait(Guid engagementId, DateTime? dueAt) => new()
    {
        Id = Guid.CreateVersion7(),
        EngagementId = engagementId,
        TokenId = Guid.CreateVersion7(),
        Stage = "negotiation",
        StepId = "await-answer",
        Kind = WaitKind.ClientResponse,
        Name = "proposal-response",
        DueAt = dueAt,
        CreatedAt = T0,
    };

    public static JournalEntry Journal(Guid engagementId, JournalEntryKind kind = JournalEntryKind.StepCompleted) => new()
    {
        EngagementId = engagementId,
        At = T0,
        Kind = kind,
        Stage = "proposal",
        StepId = "draft",
        Actor = "alice",
        Outcome = "done",
        Data = new JsonObject { ["fee"] = 4200 },
    };

    public static Incident Incident(Guid engagementId) => new()
    {
        Id = Guid.CreateVersion7(),
        EngagementId = engagementId,
        TokenId = Guid.CreateVersion7(),
        Stage = "proposal",
        StepId = "render",
        Message = "Template 'documents/proposal' failed: unknown variable 'fee'",
        RaisedAt = T0,
    };

    public static OutboxMessage Outbox(Guid engagementId, params Guid[] attachments) => new()
    {
        Id = Guid.CreateVersion7(),
        EngagementId = engagementId,
        MessageId = $"<{Guid.NewGuid():N}@workflow.agency>",
        To = "mai@example.com",
        Subject = "Your proposal is on its way",
        HtmlBody = "<p>Xin chào Mai</p>",
        TextBody = "Xin chào Mai",
        Template = "emails/proposal-sent",
        Attachments = [.. attachments],
        Status = OutboxStatus.Pending,
        CreatedAt = T0,
        NextAttemptAt = T0,
    };

    public static StoredDocument Document(Guid engagementId, int version = 1) => new()
    {
        Id = Guid.CreateVersion7(),
        EngagementId = engagementId,
        Name = "proposal",
        Version = version,
        Template = "documents/proposal",
        TemplateVersion = "sha256:abc123",
        Html = "<h1>Proposal</h1>",
        CreatedAt = T0,
    };

    public static DefinitionDraft Draft(string definitionId = "client-engagement") => new()
    {
        DefinitionId = definitionId,
        Name = "Client engagement",
        Json = """{"id":"client-engagement","stages":[]}""",
        UpdatedAt = T0,
        UpdatedBy = "olivia",
    };

    public static PublishedDefinition Version(string definitionId, int version) => new()
    {
        DefinitionId = definitionId,
        Version = version,
        Name = "Client engagement",
        Json = $$"""{"id":"{{definitionId}}","version":{{version}}}""",
        PublishedAt = T0.AddHours(version),
        PublishedBy = "olivia",
        Note = $"v{version}",
    };

    /// <summary>A start: the engagement row is new.</summary>
    public static EngagementCommit Start(Engagement engagement) =>
        new() { Engagement = engagement, IsNew = true, ExpectedRevision = 0 };

    /// <summary>A later transition, as the engine makes it: read revision expected, the engagement's moved on.</summary>
    public static EngagementCommit Next(Engagement engagement)
    {
        var expected = engagement.Revision;
        engagement.Revision = expected + 1;
        engagement.UpdatedAt = engagement.UpdatedAt.AddMinutes(1);
        return new EngagementCommit { Engagement = engagement, ExpectedRevision = expected };
    }
}
