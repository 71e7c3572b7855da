namespace WorkflowAgency.Server.Tests.Infrastructure;

/// <summary>Moves an engagement of the shipped process along over HTTP, as its people would.</summary>
internal static class ProcessDriver
{
    /// <summary>Handoff, brief and one proposal round: the client has the proposal link.</summary>
    public static async Task<Guid> ToNegotiationAsync(ServerFactory server)
    {
        var account1 = await server.SignedInAsync("account1");
        var manager = await server.SignedInAsync("manager");
        var id = await account1.HandoffAsync(owner: "account1");
        await account1.CompleteAsync(id, "contact", DefaultProcess.Contact());
        await account1.CompleteAsync(id, "capture", DefaultProcess.Brief());
        await account1.CompleteAsync(id, "analyse", DefaultProcess.Analysis(), "ready");
        await account1.CompleteAsync(id, "draft", DefaultProcess.Proposal());
        await manager.CompleteAsync(id, "review", outcome: "approve");
        (await account1.StageAsync(id)).ShouldBe("negotiation");
        return id;
    }
}
