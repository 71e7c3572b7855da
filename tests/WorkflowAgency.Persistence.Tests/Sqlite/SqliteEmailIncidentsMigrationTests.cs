using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence.Tests.Infrastructure;

namespace WorkflowAgency.Persistence.Tests.Sqlite;

/// <summary>
/// EmailIncidents adds Incidents.OutboxMessageId with a foreign key to Outbox, which SQLite can only do by rebuilding
/// the table: the incidents already there must come through it unchanged.
/// </summary>
public sealed class SqliteEmailIncidentsMigrationTests : PersistenceTestBase
{
    private const string EngagementId = "0195F0A1-0000-7000-8000-000000000011";
    private const string IncidentId = "0195F0A1-0000-7000-8000-000000000012";
    private const string OutboxId = "0195F0A1-0000-7000-8000-000000000013";

    protected override bool MigrateFirst => false;

    protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();

    [Fact]
    public async Task incidents_written_before_email_incidents_survive_the_upgrade_and_email_incidents_can_follow()
    {
        await QueryAsync(async db =>
        {
            await db.GetService<IMigrator>().MigrateAsync("OutboxAndDocuments", Ct);
            return true;
        });
        using (var raw = ((SqliteTestDatabase)Database).OpenRawConnection())
        {
            using var command = raw.CreateCommand();
            // Frozen SQL: what the OutboxAndDocuments version of the application wrote.
            command.CommandText = $$"""
                INSERT INTO Engagements (Id, DefinitionId, DefinitionVersion, Status, Stage, StageEnteredAt, ClientName,
                    CreatedAt, UpdatedAt, Variables, Execution, Revision)
                VALUES ('{{EngagementId}}', 'client-engagement', 1, 'Faulted', 'brief', '2025-01-02 03:04:05', 'Acme',
                    '2025-01-02 03:04:05', '2025-01-02 03:04:05', '{}', '{"tokens":[],"forks":[]}', 2);
                INSERT INTO Incidents (Id, EngagementId, TokenId, Stage, StepId, Message, RaisedAt, Attempts)
                VALUES ('{{IncidentId}}', '{{EngagementId}}', '0195F0A1-0000-7000-8000-0000000000AA', 'brief', 'route',
                    'needs_review is missing', '2025-01-02 03:04:05', 2);
                INSERT INTO Outbox (Id, EngagementId, MessageId, "To", Subject, HtmlBody, TextBody, Attachments, Status,
                    Attempts, CreatedAt, NextAttemptAt)
                VALUES ('{{OutboxId}}', '{{EngagementId}}', '<x@workflowagency>', 'ada@example.com', 'Hello', '<p>Hi</p>', 'Hi',
                    '[]', 'Failed', 1, '2025-01-02 03:04:05', '2025-01-02 03:04:05');
                """;
            command.ExecuteNonQuery();
        }

        await Services.GetRequiredService<IWorkflowDatabase>().MigrateAsync(Ct);

        var old = await QueryAsync(db => db.Incidents.AsNoTracking().SingleAsync(Ct));
        old.Id.ShouldBe(Guid.Parse(IncidentId));
        old.Message.ShouldBe("needs_review is missing");
        old.Attempts.ShouldBe(2);
        old.OutboxMessageId.ShouldBeNull();

        await QueryAsync(async db =>
        {
            db.Incidents.Add(new Incident
            {
                Id = Guid.CreateVersion7(),
                EngagementId = Guid.Parse(EngagementId),
                Stage = string.Empty,
                StepId = "email:emails/welcome",
                Message = "550 no such user",
                RaisedAt = DateTime.UtcNow,
                OutboxMessageId = Guid.Parse(OutboxId),
            });
            return await db.SaveChangesAsync(Ct);
        });
        (await QueryAsync(db => db.Incidents.CountAsync(i => i.OutboxMessageId == Guid.Parse(OutboxId), Ct))).ShouldBe(1);
    }
}
