using static WorkflowAgency.Engine.Tests.Definitions.DefinitionFixtures;

namespace WorkflowAgency.Engine.Tests.Definitions;

public sealed class ConnectionTests
{
    [Theory]
    [InlineData("/stages/0/steps/0/next")]
    [InlineData("/stages/0/steps/2/outcomes/1/next")]
    [InlineData("/stages/0/steps/1/cases/0/next")]
    [InlineData("/stages/0/steps/1/otherwise/next")]
    [InlineData("/stages/1/steps/0/responses/1/next")]
    [InlineData("/stages/1/steps/0/onTimeout/next")]
    [InlineData("/stages/2/steps/0/branches/1")]
    [InlineData("/stages/2/steps/0/join")]
    [InlineData("/stages/0/start")]
    public void a_connection_to_a_missing_step_is_reported_at_its_path(string pointer) =>
        CheckWith(pointer, "nowhere").ShouldContain(p => p.Path == pointer && p.Message.Contains("'nowhere' is not a step of stage"));

    [Theory]
    [InlineData("/start")]
    [InlineData("/transitions/0/from")]
    [InlineData("/transitions/0/to")]
    public void a_connection_to_a_missing_stage_is_reported_at_its_path(string pointer) =>
        CheckWith(pointer, "nowhere").ShouldContain(p => p.Path == pointer && p.Message.Contains("'nowhere'"));

    [Fact]
    public void a_misspelt_step_is_suggested() =>
        CheckWith("/stages/0/steps/0/next", "prce-check")
            .ShouldContain(p => p.Message == "next 'prce-check' is not a step of stage 'proposal' (did you mean 'price-check'?)");

    [Fact]
    public void a_connection_to_a_step_of_another_stage_is_reported() =>
        CheckWith("/stages/0/steps/5/next", "answer").ShouldContain(p => p.Path == "/stages/0/steps/5/next");
}
