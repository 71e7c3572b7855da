using static WorkflowAgency.Engine.Tests.Definitions.DefinitionFixtures;

namespace WorkflowAgency.Engine.Tests.Definitions;

public sealed class ExpressionAndDurationTests
{
    [Fact]
    public void a_condition_that_does_not_parse_is_reported_with_the_parser_message_and_position()
    {
        var problem = CheckWith("/stages/0/steps/1/cases/0/when", "fee > ").ShouldHaveSingleItem();

        problem.Path.ShouldBe("/stages/0/steps/1/cases/0/when");
        problem.Message.ShouldStartWith("when 'fee > ' does not parse: ");
        problem.Message.ShouldEndWith("(line 1, column 7)");
    }

    [Theory]
    [InlineData("/stages/0/steps/0/title", "Draft for {{ client. }}")]
    [InlineData("/stages/0/steps/0/description", "Round {{ rounds + }}")]
    [InlineData("/stages/0/steps/5/subject", "Proposal {{ ) }}")]
    [InlineData("/stages/0/steps/5/to", "{{ client.email | }}")]
    [InlineData("/stages/0/steps/2/due", "{{ date.now | }}")]
    [InlineData("/stages/2/steps/1/assignee", "{{ ( }}")]
    public void a_text_whose_placeholder_does_not_parse_is_reported(string pointer, string text) =>
        CheckWith(pointer, text).ShouldContain(p => p.Path == pointer && p.Message.Contains("does not parse") && p.Message.Contains("(line 1, column"));

    [Theory]
    [InlineData("/stages/0/steps/3/set/rounds", "rounds +* 1")]
    [InlineData("/stages/2/steps/4/until", "deadline )")]
    public void an_expression_that_does_not_parse_is_reported(string pointer, string expression) =>
        CheckWith(pointer, expression).ShouldContain(p => p.Path == pointer && p.Message.Contains($"'{expression}' does not parse"));

    [Fact]
    public void an_empty_condition_is_reported() =>
        CheckWith("/stages/0/steps/1/cases/0/when", " ").ShouldContain(p => p.Path == "/stages/0/steps/1/cases/0/when" && p.Message.StartsWith("when is empty", StringComparison.Ordinal));

    [Theory]
    [InlineData("/stages/0/steps/0/due", "P1M")]
    [InlineData("/stages/0/steps/0/due", "three days")]
    [InlineData("/stages/1/steps/2/duration", "2 days")]
    [InlineData("/stages/1/steps/0/timeout", "P1Y")]
    [InlineData("/stages/2/steps/2/timeout", "PT")]
    public void a_duration_that_does_not_parse_is_reported(string pointer, string duration) =>
        CheckWith(pointer, duration).ShouldContain(p => p.Path == pointer && p.Message.Contains($"'{duration}'") && p.Message.Contains("ISO 8601 duration"));

    [Theory]
    [InlineData("P2W")]
    [InlineData("PT4H30M")]
    [InlineData("P1DT12H")]
    [InlineData("{{ engagement.deadline }}")]
    public void due_dates_may_be_durations_or_placeholders(string due) =>
        CheckWith("/stages/0/steps/0/due", due).ShouldBeEmpty();
}
