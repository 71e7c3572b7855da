using System.Text.Json.Nodes;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Persistence.Tests.Contracts;

/// <summary>Rows beyond <see cref="TestData"/>'s: nulls where columns allow them, and the values later states fill in.</summary>
internal static class RowSamples
{
    public static Engagement SparseEngagement() => new()
    {
        Id = Guid.CreateVersion7(),
        DefinitionId = "client-engagement",
        DefinitionVersion = 1,
        Status = EngagementStatus.Running,
        ClientName = "Acme",
        CreatedAt = TestData.T0,
        UpdatedAt = TestData.T0,
    };

    public static Engagement CompletedEngagement()
    {
        var engagement = TestData.Engagement();
        engagement.Status = EngagementStatus.Completed;
        engagement.Stage = null;
        engagement.Result = "won";
        engagement.CompletedAt = TestData.T0.AddDays(30);
        engagement.Execution = new ExecutionState();
        return engagement;
    }

    public static WorkTask SparseTask(Guid engagementId)
    {
        var task = TestData.Task(engagementId);
        task.Description = null;
        task.AssigneeGroup = null;
        task.DueAt = null;
        task.Priority = TaskPriority.Low;
        return task;
    }

    public static WorkTask CompletedTask(Guid engagementId)
    {
        var task = TestData.Task(engagementId);
        task.AssigneeUser = "bob@example.com";
        task.ClaimedBy = "bob@example.com";
        task.Status = WorkTaskStatus.Completed;
        task.Priority = TaskPriority.Urgent;
        task.CompletedAt = TestData.T0.AddHours(4);
        task.CompletedBy = "bob@example.com";
        task.Outcome = "approve";
        task.Data = new JsonObject { ["fee"] = 4200.5m, ["notes"] = "Giá tốt", ["items"] = new JsonArray(1, "two", null) };
        task.Revision = 7;
        return task;
    }

    public static Wait SparseWait(Guid engagementId)
    {
        var wait = TestData.Wait(engagementId, dueAt: null);
        wait.Kind = WaitKind.Signal;
        wait.Name = null;
        return wait;
    }

    public static Incident ResolvedIncident(Guid engagementId)
    {
        var incident = TestData.Incident(engagementId);
        incident.ResolvedAt = TestData.T0.AddHours(1);
        incident.ResolvedBy = "olivia";
        incident.Attempts = 3;
        return incident;
    }

    public static OutboxMessage SentOutbox(Guid engagementId)
    {
        var message = TestData.Outbox(engagementId);
        message.Template = null;
        message.Status = OutboxStatus.Sent;
        message.Attempts = 2;
        message.SentAt = TestData.T0.AddMinutes(5);
        message.LastError = "421 try again later";
        message.ServerReply = "250 2.0.0 Ok: queued";
        return message;
    }

    public static StoredDocument SentDocument(Guid engagementId)
    {
        var document = TestData.Document(engagementId, version: 2);
        document.TemplateVersion = null;
        document.SentAt = TestData.T0.AddDays(1);
        return document;
    }

    public static DefinitionDraft SparseDraft()
    {
        var draft = TestData.Draft("sparse");
        draft.UpdatedBy = null;
        draft.Revision = 3;
        return draft;
    }

    public static PublishedDefinition RetractedVersion()
    {
        var version = TestData.Version("client-engagement", 1);
        version.PublishedBy = null;
        version.Note = null;
        version.RetractedAt = TestData.T0.AddDays(9);
        version.RetractedBy = "olivia";
        return version;
    }
}
