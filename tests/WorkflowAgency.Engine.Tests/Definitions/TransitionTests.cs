using System.Text.Json.Nodes;
using static WorkflowAgency.Engine.Tests.Definitions.DefinitionFixtures;

namespace WorkflowAgency.Engine.Tests.Definitions;

public sealed class TransitionTests
{
    [Fact]
    public void a_transition_on_an_outcome_its_stage_never_ends_with_is_reported() =>
        CheckWith("/transitions/2/on", "acepted").ShouldContain(p =>
            p.Path == "/transitions/2/on"
            && p.Message == "stage 'negotiation' never ends with 'acepted' (did you mean 'accepted'?); it can end with: accepted, changes-requested, declined");

    [Fact]
    public void an_outcome_without_a_transition_is_reported_where_the_stage_ends_with_it() =>
        CheckWithout("/transitions/3").ShouldContain(p =>
            p.Path == "/stages/1/steps/0/responses/2/end"
            && p.Message.Contains("stage 'negotiation' can end with 'declined' but no transition leaves it on 'declined'"));

    [Fact]
    public void two_transitions_for_the_same_stage_and_outcome_are_reported_at_the_second() =>
        CheckWith("/transitions/5", new JsonObject { ["from"] = "negotiation", ["on"] = "declined", ["to"] = "proposal" })
            .ShouldContain(p => p.Path == "/transitions/5" && p.Message.Contains("/transitions/3 already handles it"));

    [Fact]
    public void a_transition_with_both_to_and_finish_is_reported() =>
        CheckWith("/transitions/3/to", "proposal")
            .ShouldContain(p => p.Path == "/transitions/3" && p.Message.Contains("has both 'to' ('proposal') and 'finish' ('lost')"));

    [Fact]
    public void a_transition_with_neither_to_nor_finish_is_reported() =>
        CheckWithout("/transitions/0/to").ShouldContain(p => p.Path == "/transitions/0" && p.Message.Contains("leads nowhere"));

    [Fact]
    public void a_transition_without_from_or_on_is_reported()
    {
        CheckWithout("/transitions/0/from").ShouldContain(p => p.Path == "/transitions/0/from");
        CheckWithout("/transitions/0/on").ShouldContain(p => p.Path == "/transitions/0/on");
    }
}
