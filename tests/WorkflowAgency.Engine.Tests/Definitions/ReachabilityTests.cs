using System.Text.Json.Nodes;
using static WorkflowAgency.Engine.Tests.Definitions.DefinitionFixtures;

namespace WorkflowAgency.Engine.Tests.Definitions;

public sealed class ReachabilityTests
{
    [Fact]
    public void a_stage_no_transition_leads_to_is_reported()
    {
        var problems = CheckEdited(root =>
        {
            root.Set("/stages/3", JsonNode.Parse("""
                { "id": "archive", "start": "file", "steps": [
                  { "id": "file", "type": "sendEmail", "template": "emails/archived", "end": "archived" } ] }
                """));
            root.Set("/transitions/5", JsonNode.Parse("""{ "from": "archive", "on": "archived", "finish": "won" }"""));
        });

        problems.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            p => p.Path.ShouldBe("/stages/3"),
            p => p.Message.ShouldBe("stage 'archive' is never reached: no transition leads to it from the start stage 'proposal'"));
    }

    [Fact]
    public void each_step_no_path_leads_to_is_reported()
    {
        var problems = CheckEdited(root =>
        {
            root.Set("/stages/0/steps/6", JsonNode.Parse("""{ "id": "orphan", "type": "sendEmail", "template": "emails/x", "next": "send" }"""));
            root.Set("/stages/0/steps/7", JsonNode.Parse("""{ "id": "stray", "type": "timer", "duration": "P1D", "next": "send" }"""));
        });

        problems.Select(p => p.Path).ShouldBe(["/stages/0/steps/6", "/stages/0/steps/7"]);
        problems[0].Message.ShouldBe("step 'orphan' is never reached: no path leads to it from the start step 'draft'");
    }

    [Fact]
    public void a_stage_whose_steps_never_end_it_is_reported() =>
        CheckEdited(root =>
        {
            root.At("/stages/2/steps/5").AsObject().Remove("end");
            root.Set("/stages/2/steps/5/next", "deadline");
        }).ShouldContain(p => p.Path == "/stages/2" && p.Message.Contains("stage 'delivery' can never end"));

    [Fact]
    public void steps_after_a_dangling_start_are_not_all_reported_as_unreachable() =>
        CheckWith("/stages/2/start", "kick-off").ShouldHaveSingleItem().Path.ShouldBe("/stages/2/start");
}
