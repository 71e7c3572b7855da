using Microsoft.Extensions.Time.Testing;
using WorkflowAgency.Engine.State;
using static WorkflowAgency.Engine.Tests.Runtime.EngineHarness;

namespace WorkflowAgency.Engine.Tests.Runtime;

public sealed class RestartTests
{
    [Fact]
    public async Task a_new_engine_on_the_same_file_resumes_where_the_old_one_stopped()
    {
        using var folder = new TempFolder();
        var path = folder.File("restart.db");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        Guid id;
        await using (var first = await EngineHarness.OpenAsync(path, time))
        {
            await first.PublishAsync("eight-tasks");
            id = await first.StartAsync("eight-tasks");
            for (var i = 1; i <= 3; i++)
                (await first.Engine.CompleteTaskAsync((await first.OpenTaskAsync(id, $"t{i}")).Id, null, null, Account)).Error.ShouldBeNull();
        }

        await using var second = await EngineHarness.OpenAsync(path, time);
        for (var i = 4; i <= 8; i++)
            (await second.Engine.CompleteTaskAsync((await second.OpenTaskAsync(id, $"t{i}")).Id, null, null, Account)).Error.ShouldBeNull();

        (await second.EngagementAsync(id)).Status.ShouldBe(EngagementStatus.Completed);
        (await second.JournalAsync(id)).Count(j => j.Kind == JournalEntryKind.TaskCompleted).ShouldBe(8);
    }
}
