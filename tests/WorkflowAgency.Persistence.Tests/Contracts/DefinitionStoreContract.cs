using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Persistence.Tests.Infrastructure;

namespace WorkflowAgency.Persistence.Tests.Contracts;

/// <summary>What every <see cref="IDefinitionStore"/> must do, whatever database is behind it.</summary>
public abstract class DefinitionStoreContract : PersistenceTestBase
{
    private IDefinitionStore Store => Services.GetRequiredService<IDefinitionStore>();

    [Fact]
    public async Task a_new_draft_is_saved_at_revision_one_and_reads_back()
    {
        var draft = TestData.Draft();

        (await Store.SaveDraftAsync(draft, expectedRevision: null, Ct)).ShouldBe(CommitResult.Committed);

        draft.Revision.ShouldBe(1);
        var read = (await Store.FindDraftAsync("client-engagement", Ct)).ShouldNotBeNull();
        read.Name.ShouldBe("Client engagement");
        read.Json.ShouldBe(draft.Json);
        read.UpdatedBy.ShouldBe("olivia");
        read.UpdatedAt.ShouldBe(TestData.T0);
        read.Revision.ShouldBe(1);
        (await Store.FindDraftAsync("unknown", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task saving_a_draft_on_the_revision_read_replaces_it_and_moves_the_revision()
    {
        await Store.SaveDraftAsync(TestData.Draft(), null, Ct);
        var read = (await Store.FindDraftAsync("client-engagement", Ct))!;
        read.Json = """{"changed":true}""";

        (await Store.SaveDraftAsync(read, read.Revision, Ct)).ShouldBe(CommitResult.Committed);

        read.Revision.ShouldBe(2);
        var after = (await Store.FindDraftAsync("client-engagement", Ct))!;
        after.Json.ShouldBe("""{"changed":true}""");
        after.Revision.ShouldBe(2);
    }

    [Fact]
    public async Task saving_a_draft_with_a_stale_revision_is_a_conflict_and_keeps_the_other_save()
    {
        await Store.SaveDraftAsync(TestData.Draft(), null, Ct);
        var olivias = (await Store.FindDraftAsync("client-engagement", Ct))!;
        var pauls = (await Store.FindDraftAsync("client-engagement", Ct))!;
        olivias.Json = """{"by":"olivia"}""";
        pauls.Json = """{"by":"paul"}""";

        (await Store.SaveDraftAsync(olivias, 1, Ct)).ShouldBe(CommitResult.Committed);
        (await Store.SaveDraftAsync(pauls, 1, Ct)).ShouldBe(CommitResult.Conflict);

        pauls.Revision.ShouldBe(1);
        (await Store.FindDraftAsync("client-engagement", Ct))!.Json.ShouldBe("""{"by":"olivia"}""");
    }

    [Fact]
    public async Task creating_a_draft_that_already_exists_is_a_conflict()
    {
        await Store.SaveDraftAsync(TestData.Draft(), null, Ct);
        var other = TestData.Draft();
        other.Json = """{"by":"paul"}""";

        (await Store.SaveDraftAsync(other, null, Ct)).ShouldBe(CommitResult.Conflict);

        (await Store.FindDraftAsync("client-engagement", Ct))!.Json.ShouldNotBe(other.Json);
    }

    [Fact]
    public async Task a_published_version_reads_back_as_published()
    {
        (await Store.AddVersionAsync(TestData.Version("client-engagement", 1), Ct)).ShouldBe(CommitResult.Committed);

        var read = (await Store.FindVersionAsync("client-engagement", 1, Ct)).ShouldNotBeNull();
        read.Json.ShouldBe("""{"id":"client-engagement","version":1}""");
        read.PublishedAt.ShouldBe(TestData.T0.AddHours(1));
        read.PublishedAt.Kind.ShouldBe(DateTimeKind.Utc);
        read.PublishedBy.ShouldBe("olivia");
        read.Note.ShouldBe("v1");
        read.RetractedAt.ShouldBeNull();
        (await Store.FindVersionAsync("client-engagement", 2, Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task adding_a_version_number_that_exists_is_a_conflict_and_keeps_the_first()
    {
        await Store.AddVersionAsync(TestData.Version("client-engagement", 1), Ct);
        var concurrent = TestData.Version("client-engagement", 1);
        concurrent.Json = "{}";

        (await Store.AddVersionAsync(concurrent, Ct)).ShouldBe(CommitResult.Conflict);

        (await Store.FindVersionAsync("client-engagement", 1, Ct))!.Json.ShouldNotBe("{}");
    }

    [Fact]
    public async Task the_latest_published_version_is_the_highest_one_not_retracted()
    {
        for (var version = 1; version <= 3; version++)
        {
            await Store.AddVersionAsync(TestData.Version("client-engagement", version), Ct);
        }

        await Store.AddVersionAsync(TestData.Version("other", 7), Ct);
        (await Store.FindLatestPublishedAsync("client-engagement", Ct))!.Version.ShouldBe(3);

        (await Store.RetractVersionAsync("client-engagement", 3, TestData.T0.AddDays(1), "olivia", Ct))
            .ShouldBe(CommitResult.Committed);

        (await Store.FindLatestPublishedAsync("client-engagement", Ct))!.Version.ShouldBe(2);
        (await Store.FindLatestPublishedAsync("unknown", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task retracting_records_when_and_who_and_never_changes_the_definition()
    {
        await Store.AddVersionAsync(TestData.Version("client-engagement", 1), Ct);

        (await Store.RetractVersionAsync("client-engagement", 1, TestData.T0.AddDays(1), "olivia", Ct))
            .ShouldBe(CommitResult.Committed);
        (await Store.RetractVersionAsync("client-engagement", 1, TestData.T0.AddDays(2), "paul", Ct))
            .ShouldBe(CommitResult.Conflict);
        (await Store.RetractVersionAsync("client-engagement", 9, TestData.T0, "paul", Ct))
            .ShouldBe(CommitResult.Conflict);

        var read = (await Store.FindVersionAsync("client-engagement", 1, Ct))!;
        read.RetractedAt.ShouldBe(TestData.T0.AddDays(1));
        read.RetractedBy.ShouldBe("olivia");
        read.Json.ShouldBe("""{"id":"client-engagement","version":1}""");
    }

    [Fact]
    public async Task versions_are_listed_newest_first_retracted_ones_included()
    {
        foreach (var version in new[] { 2, 1, 3 })
        {
            await Store.AddVersionAsync(TestData.Version("client-engagement", version), Ct);
        }

        await Store.AddVersionAsync(TestData.Version("other", 1), Ct);
        await Store.RetractVersionAsync("client-engagement", 2, TestData.T0, null, Ct);

        (await Store.ListVersionsAsync("client-engagement", Ct)).Select(v => v.Version).ShouldBe([3, 2, 1]);
        (await Store.ListVersionsAsync("unknown", Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task definition_ids_include_drafts_and_versions_once_each()
    {
        await Store.SaveDraftAsync(TestData.Draft("client-engagement"), null, Ct);
        await Store.SaveDraftAsync(TestData.Draft("aftercare"), null, Ct);
        await Store.AddVersionAsync(TestData.Version("client-engagement", 1), Ct);
        await Store.AddVersionAsync(TestData.Version("upsell", 1), Ct);

        (await Store.ListIdsAsync(Ct)).ShouldBe(["aftercare", "client-engagement", "upsell"]);
    }
}
