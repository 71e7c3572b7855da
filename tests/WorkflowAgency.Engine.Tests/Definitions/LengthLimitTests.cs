using WorkflowAgency.Engine.State;
using static WorkflowAgency.Engine.Tests.Definitions.DefinitionFixtures;

namespace WorkflowAgency.Engine.Tests.Definitions;

/// <summary>
/// Names a definition gives that are stored with every engagement (ids, outcomes, template and document names) must
/// fit their columns; a longer one is reported at its JSON Pointer instead of failing a commit on PostgreSQL later.
/// </summary>
public sealed class LengthLimitTests
{
    [Theory]
    [InlineData("/id", TextLimits.Key, 'a')]
    [InlineData("/name", TextLimits.Name, 'n')]
    [InlineData("/stages/2/id", TextLimits.Key, 's')]
    [InlineData("/stages/0/steps/4/id", TextLimits.Key, 'r')]
    [InlineData("/stages/0/steps/5/end", TextLimits.Key, 'e')]
    [InlineData("/stages/0/steps/2/outcomes/0/name", TextLimits.Key, 'o')]
    [InlineData("/stages/1/steps/0/responses/0/name", TextLimits.Key, 'c')]
    [InlineData("/stages/1/steps/0/responses/2/end", TextLimits.Key, 'd')]
    [InlineData("/stages/1/steps/0/purpose", TextLimits.Key, 'p')]
    [InlineData("/stages/2/steps/2/signal", TextLimits.Key, 'g')]
    [InlineData("/stages/0/steps/4/as", TextLimits.Name, 'a')]
    [InlineData("/stages/0/steps/4/template", TextLimits.TemplatePath, 't')]
    [InlineData("/stages/1/onEnter/emails/0", TextLimits.TemplatePath, 'm')]
    [InlineData("/transitions/3/finish", TextLimits.Key, 'f')]
    public void a_name_longer_than_its_column_is_reported_at_its_pointer_with_the_limit(string pointer, int limit, char letter)
    {
        var problems = CheckWith(pointer, new string(letter, limit + 1));

        problems.ShouldContain(p => p.Path == pointer && p.Message.EndsWith($"is {limit + 1} characters long; use at most {limit}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/id", TextLimits.Key)]
    [InlineData("/stages/2/steps/2/signal", TextLimits.Key)]
    [InlineData("/stages/0/steps/4/template", TextLimits.TemplatePath)]
    public void a_name_exactly_as_long_as_its_column_is_not_a_problem(string pointer, int limit) =>
        CheckWith(pointer, new string('x', limit)).ShouldNotContain(p => p.Path == pointer);

    [Fact]
    public void every_name_too_long_is_reported_in_one_check_with_its_line()
    {
        var problems = CheckEdited(root =>
        {
            root.Set("/name", new string('n', TextLimits.Name + 1));
            root.Set("/stages/0/steps/4/as", new string('a', TextLimits.Name + 1));
            root.Set("/stages/2/steps/2/signal", new string('g', TextLimits.Key + 1));
            root.Set("/transitions/4/finish", new string('w', TextLimits.Key + 1));
        });

        var tooLong = problems.Where(p => p.Message.Contains("characters long", StringComparison.Ordinal)).ToList();
        tooLong.Select(p => p.Path).ShouldBe(["/name", "/stages/0/steps/4/as", "/stages/2/steps/2/signal", "/transitions/4/finish"]);
        tooLong.ShouldAllBe(p => p.Line != null);
        tooLong[0].Message.ShouldStartWith($"name '{new string('n', 39)}…' is");
    }
}
