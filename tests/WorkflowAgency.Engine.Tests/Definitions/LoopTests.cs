using System.Text.Json.Nodes;
using static WorkflowAgency.Engine.Tests.Definitions.DefinitionFixtures;

namespace WorkflowAgency.Engine.Tests.Definitions;

public sealed class LoopTests
{
    [Fact]
    public void a_loop_of_steps_that_never_wait_is_reported_at_its_first_step()
    {
        var problem = CheckEdited(root =>
        {
            root.Set("/stages/0/steps/1/cases/1", JsonNode.Parse("""{ "when": "fee < 0", "next": "reset" }"""));
            root.Set("/stages/0/steps/6", JsonNode.Parse("""{ "id": "reset", "type": "setVariables", "set": { "fee": "0" }, "next": "price-check" }"""));
        }).ShouldHaveSingleItem();

        problem.Path.ShouldBe("/stages/0/steps/1");
        problem.Message.ShouldBe("steps 'price-check' → 'reset' → 'price-check' form a loop with no waiting step, so it would run for ever; put a humanTask, timer, waitForClient or waitForSignal step in it");
    }

    [Fact]
    public void a_step_that_leads_to_itself_is_a_loop() =>
        CheckWith("/stages/2/steps/5/next", "report").ShouldContain(p => p.Path == "/stages/2/steps/5" && p.Message.Contains("'report' → 'report'"));

    [Fact]
    public void loops_through_a_waiting_step_are_fine() =>
        // The fixture loops draft → price-check → manager-review → draft and answer → nudge → pause → answer.
        Checker.Check(Complete).Problems.ShouldBeEmpty();

    [Fact]
    public void a_loop_through_a_join_that_waits_for_a_waiting_branch_is_fine() =>
        CheckEdited(root =>
        {
            root.Set("/stages/2/steps/1", JsonNode.Parse("""{ "id": "creative", "type": "sendEmail", "template": "emails/brief", "next": "together" }"""));
            root.Set("/stages/2/steps/3/next", "kickoff");
        }).ShouldNotContain(p => p.Message.Contains("loop"));

    [Fact]
    public void a_loop_through_a_join_whose_branches_never_wait_is_reported() =>
        CheckEdited(root =>
        {
            root.Set("/stages/2/steps/1", JsonNode.Parse("""{ "id": "creative", "type": "sendEmail", "template": "emails/brief", "next": "together" }"""));
            root.Set("/stages/2/steps/2", JsonNode.Parse("""{ "id": "planning", "type": "sendEmail", "template": "emails/plan", "next": "together" }"""));
            root.Set("/stages/2/steps/3/next", "kickoff");
        }).ShouldContain(p => p.Path == "/stages/2/steps/0" && p.Message.Contains("form a loop with no waiting step"));

    [Fact]
    public void a_ring_of_stages_that_never_wait_is_reported_at_its_first_stage()
    {
        var problems = CheckEdited(root =>
        {
            root.Set("/stages/3", Instant("ping"));
            root.Set("/stages/4", Instant("pong"));
            root.Set("/transitions/4", JsonNode.Parse("""{ "from": "delivery", "on": "delivered", "to": "ping" }"""));
            root.Set("/transitions/5", JsonNode.Parse("""{ "from": "ping", "on": "done", "to": "pong" }"""));
            root.Set("/transitions/6", JsonNode.Parse("""{ "from": "pong", "on": "done", "to": "ping" }"""));
        });

        var problem = problems.ShouldHaveSingleItem();
        problem.Path.ShouldBe("/stages/3");
        problem.Message.ShouldStartWith("stages 'ping' → 'pong' → 'ping' form a loop in which no stage waits for anything");
    }

    [Fact]
    public void a_ring_of_stages_with_a_wait_on_the_way_is_fine() =>
        // negotiation → proposal loops back, but the proposal starts with a task and the negotiation waits for the client.
        Checker.Check(Complete).Problems.ShouldNotContain(p => p.Path.StartsWith("/stages/", StringComparison.Ordinal));

    private static JsonNode Instant(string id) => JsonNode.Parse($$"""
        { "id": "{{id}}", "start": "bump", "steps": [
          { "id": "bump", "type": "setVariables", "set": { "rounds": "rounds + 1" }, "end": "done" } ] }
        """)!;
}
