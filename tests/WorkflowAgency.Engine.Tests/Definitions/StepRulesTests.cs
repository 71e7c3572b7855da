using System.Text.Json.Nodes;
using static WorkflowAgency.Engine.Tests.Definitions.DefinitionFixtures;

namespace WorkflowAgency.Engine.Tests.Definitions;

public sealed class StepRulesTests
{
    [Fact]
    public void an_unknown_step_type_is_reported_with_the_valid_types()
    {
        var problem = CheckWith("/stages/0/steps/4/type", "makeDocument").ShouldHaveSingleItem();

        problem.Path.ShouldBe("/stages/0/steps/4/type");
        problem.Message.ShouldBe("unknown step type 'makeDocument'; use one of: humanTask, sendEmail, renderDocument, decision, setVariables, timer, waitForClient, waitForSignal, parallel, join");
    }

    [Fact]
    public void a_step_without_a_type_is_reported() =>
        CheckWithout("/stages/0/steps/4/type").ShouldContain(p => p.Path == "/stages/0/steps/4/type" && p.Message.Contains("needs a type"));

    [Fact]
    public void a_repeated_step_id_is_reported_at_the_second_step() =>
        CheckWith("/stages/1/steps/2/id", "nudge").ShouldContain(p => p.Path == "/stages/1/steps/2/id" && p.Message.Contains("step id 'nudge' is used twice"));

    [Fact]
    public void the_same_step_id_in_two_stages_is_fine() =>
        CheckEdited(root =>
        {
            root.Set("/stages/2/steps/5/id", "send");
            root.Set("/stages/2/steps/4/next", "send");
        }).ShouldBeEmpty();

    [Fact]
    public void a_property_that_does_not_apply_to_the_step_type_is_reported() =>
        CheckWith("/stages/0/steps/4/cases", new JsonArray()).ShouldContain(p => p.Path == "/stages/0/steps/4/cases" && p.Message == "'cases' does not apply to a renderDocument step");

    [Fact]
    public void a_decision_with_next_is_told_how_decisions_lead_on() =>
        CheckWith("/stages/0/steps/1/next", "count")
            .ShouldContain(p => p.Path == "/stages/0/steps/1/next" && p.Message.Contains("a decision leads on through its cases and otherwise"));

    [Fact]
    public void a_decision_without_otherwise_is_reported() =>
        CheckWithout("/stages/0/steps/1/otherwise").ShouldContain(p => p.Path == "/stages/0/steps/1/otherwise" && p.Message.Contains("needs 'otherwise'"));

    [Fact]
    public void a_decision_without_cases_is_reported() =>
        CheckWith("/stages/0/steps/1/cases", new JsonArray()).ShouldContain(p => p.Path == "/stages/0/steps/1/cases" && p.Message.Contains("at least one case"));

    [Fact]
    public void a_step_with_both_next_and_end_is_reported() =>
        CheckWith("/stages/0/steps/4/end", "rendered")
            .ShouldContain(p => p.Path == "/stages/0/steps/4" && p.Message.Contains("has both 'next' ('send') and 'end' ('rendered')"));

    [Fact]
    public void a_step_with_neither_next_nor_end_is_reported() =>
        CheckWithout("/stages/0/steps/4/next").ShouldContain(p => p.Path == "/stages/0/steps/4" && p.Message.Contains("leads nowhere"));

    [Fact]
    public void an_outcome_with_neither_next_nor_end_is_reported() =>
        CheckWithout("/stages/0/steps/2/outcomes/1/next")
            .ShouldContain(p => p.Path == "/stages/0/steps/2/outcomes/1" && p.Message.StartsWith("outcome 'rework' leads nowhere", StringComparison.Ordinal));

    [Fact]
    public void a_task_with_outcomes_cannot_also_have_next() =>
        CheckWith("/stages/0/steps/2/next", "count").ShouldContain(p => p.Path == "/stages/0/steps/2/next");

    [Fact]
    public void an_outcome_listed_twice_is_reported_at_the_second() =>
        CheckWith("/stages/0/steps/2/outcomes/1/name", "approve")
            .ShouldContain(p => p.Path == "/stages/0/steps/2/outcomes/1/name" && p.Message == "outcome 'approve' is listed twice");

    [Fact]
    public void a_task_priority_outside_the_four_levels_is_reported() =>
        CheckWith("/stages/0/steps/0/priority", "asap")
            .ShouldContain(p => p.Path == "/stages/0/steps/0/priority" && p.Message == "priority 'asap' is not one of low, normal, high, urgent");

    [Fact]
    public void a_task_without_a_title_is_reported() =>
        CheckWithout("/stages/1/steps/3/title").ShouldContain(p => p.Path == "/stages/1/steps/3/title");

    [Fact]
    public void a_timer_needs_exactly_one_of_duration_and_until()
    {
        CheckWith("/stages/1/steps/2/until", "deadline").ShouldContain(p => p.Path == "/stages/1/steps/2" && p.Message.Contains("both 'duration' and 'until'"));
        CheckWithout("/stages/1/steps/2/duration").ShouldContain(p => p.Path == "/stages/1/steps/2" && p.Message.Contains("needs 'duration'"));
    }

    [Fact]
    public void a_timeout_without_on_timeout_is_reported() =>
        CheckWithout("/stages/1/steps/0/onTimeout").ShouldContain(p => p.Path == "/stages/1/steps/0/onTimeout" && p.Message.Contains("no 'onTimeout'"));

    [Fact]
    public void on_timeout_without_a_timeout_is_reported() =>
        CheckWithout("/stages/2/steps/2/timeout").ShouldContain(p => p.Path == "/stages/2/steps/2/onTimeout" && p.Message.Contains("without a 'timeout'"));

    [Fact]
    public void a_wait_for_client_without_responses_is_reported() =>
        CheckWithout("/stages/1/steps/0/responses").ShouldContain(p => p.Path == "/stages/1/steps/0/responses");

    [Fact]
    public void a_wait_for_signal_without_a_signal_is_reported() =>
        CheckWithout("/stages/2/steps/2/signal").ShouldContain(p => p.Path == "/stages/2/steps/2/signal");

    [Fact]
    public void a_parallel_step_with_one_branch_is_reported() =>
        CheckWith("/stages/2/steps/0/branches", new JsonArray("creative"))
            .ShouldContain(p => p.Path == "/stages/2/steps/0/branches" && p.Message == "parallel 'kickoff' needs at least two branches; it has 1");

    [Fact]
    public void a_parallel_whose_join_is_not_a_join_step_is_reported() =>
        CheckWith("/stages/2/steps/0/join", "report")
            .ShouldContain(p => p.Path == "/stages/2/steps/0/join" && p.Message == "join 'report' is a sendEmail step, not a join step");

    [Fact]
    public void an_email_without_a_template_is_reported() =>
        CheckWithout("/stages/0/steps/5/template").ShouldContain(p => p.Path == "/stages/0/steps/5/template");

    [Fact]
    public void a_rendered_document_without_a_name_is_reported() =>
        CheckWithout("/stages/0/steps/4/as").ShouldContain(p => p.Path == "/stages/0/steps/4/as");

    [Fact]
    public void a_set_variables_step_that_sets_nothing_is_reported() =>
        CheckWith("/stages/0/steps/3/set", new JsonObject()).ShouldContain(p => p.Path == "/stages/0/steps/3/set");
}
