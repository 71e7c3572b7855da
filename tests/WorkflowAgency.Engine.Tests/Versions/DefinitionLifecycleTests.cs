using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.Tests.Runtime;
using static WorkflowAgency.Engine.Tests.Runtime.EngineHarness;

namespace WorkflowAgency.Engine.Tests.Versions;

public sealed class DefinitionLifecycleTests
{
    private static readonly string Valid = EngineHarness.Fixture("eight-tasks");

    // Two mistakes at once: a step pointing nowhere and a stage outcome nobody handles.
    private static readonly string Broken = Valid
        .Replace("\"next\": \"t4\"", "\"next\": \"t40\"", StringComparison.Ordinal)
        .Replace("\"end\": \"done\"", "\"end\": \"finished\"", StringComparison.Ordinal);

    [Fact]
    public async Task a_draft_with_problems_is_saved_and_its_problems_come_back_with_paths()
    {
        await using var h = await EngineHarness.StartAsync();

        var saved = await h.Definitions.SaveDraftAsync(Broken, null, Operations);

        saved.Error.ShouldBeNull();
        saved.Value!.Revision.ShouldBe(1);
        saved.Value.Problems.Select(p => p.Path).ShouldContain("/stages/0/steps/2/next");
        saved.Value.Problems.ShouldAllBe(p => p.Line != null && p.Column != null);
    }

    [Fact]
    public async Task publishing_refuses_a_draft_with_problems_and_lists_every_one()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.Definitions.SaveDraftAsync(Broken, null, Operations);

        var published = await h.Definitions.PublishAsync("eight-tasks", "first", Operations);

        published.Error!.Kind.ShouldBe(ErrorKind.Invalid);
        published.Error.Fields!.Count.ShouldBeGreaterThanOrEqualTo(2);
        published.Error.Fields.Keys.ShouldContain("/stages/0/steps/2/next");
        (await h.Store.FindEngagementAsync(Guid.NewGuid())).ShouldBeNull();
        (await h.QueryAsync(db => Task.FromResult(db.DefinitionVersions.Count()))).ShouldBe(0);
    }

    [Fact]
    public async Task each_publish_of_a_changed_draft_is_a_new_immutable_version_and_an_unchanged_one_is_not()
    {
        await using var h = await EngineHarness.StartAsync();

        (await h.Definitions.SaveAndPublishAsync(Valid, "first", Operations)).Value!.Version.ShouldBe(1);
        (await h.Definitions.SaveAndPublishAsync(Valid, "again", Operations)).Value!.Version.ShouldBe(1);
        var changed = Valid.Replace("Eight sequential tasks", "Eight tasks, renamed", StringComparison.Ordinal);
        var second = await h.Definitions.SaveAndPublishAsync(changed, "renamed", Operations);

        second.Value!.Version.ShouldBe(2);
        second.Value.Note.ShouldBe("renamed");
        second.Value.PublishedBy.ShouldBe("ops1");
        var versions = await h.QueryAsync(db => Task.FromResult(db.DefinitionVersions.OrderBy(v => v.Version).ToList()));
        versions.Select(v => v.Name).ShouldBe(["Eight sequential tasks", "Eight tasks, renamed"]);
    }

    [Fact]
    public async Task two_designers_saving_from_the_same_revision_the_second_gets_a_conflict()
    {
        await using var h = await EngineHarness.StartAsync();
        var first = await h.Definitions.SaveDraftAsync(Valid, null, Operations);

        (await h.Definitions.SaveDraftAsync(Valid, first.Value!.Revision, Operations)).Error.ShouldBeNull();
        var stale = await h.Definitions.SaveDraftAsync(Valid, first.Value.Revision, Actor.User("ops2", "operations"));

        stale.Error!.Kind.ShouldBe(ErrorKind.Conflict);
    }

    [Fact]
    public async Task unreadable_json_is_refused_with_its_line_and_column()
    {
        await using var h = await EngineHarness.StartAsync();

        var saved = await h.Definitions.SaveDraftAsync("{\n  \"id\": \"x\",\n  \"stages\": [ }\n", null, Operations);

        saved.Error!.Kind.ShouldBe(ErrorKind.Invalid);
        var problems = h.Definitions.Validate("{\n  \"id\": \"x\",\n  \"stages\": [ }\n").Problems;
        problems.ShouldHaveSingleItem().Line.ShouldBe(3);
    }

    [Fact]
    public async Task retracting_twice_is_a_conflict_and_an_unknown_version_is_not_found()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.Definitions.SaveAndPublishAsync(Valid, null, Operations);

        (await h.Definitions.RetractAsync("eight-tasks", 1, Operations)).Error.ShouldBeNull();
        (await h.Definitions.RetractAsync("eight-tasks", 1, Operations)).Error!.Kind.ShouldBe(ErrorKind.Conflict);
        (await h.Definitions.RetractAsync("eight-tasks", 9, Operations)).Error!.Kind.ShouldBe(ErrorKind.NotFound);
    }
}
