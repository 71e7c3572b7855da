using static WorkflowAgency.Engine.Tests.Definitions.DefinitionFixtures;

namespace WorkflowAgency.Engine.Tests.Definitions;

public sealed class DefinitionCheckerTests
{
    [Fact]
    public void the_complete_definition_using_every_step_type_has_no_problems()
    {
        var result = Checker.Check(Complete);

        result.Problems.ShouldBeEmpty(string.Join(Environment.NewLine, result.Problems));
        result.IsValid.ShouldBeTrue();
        result.Document!.Stages!.SelectMany(s => s.Steps!).Select(s => s.Type).Distinct().Count().ShouldBe(10);
    }

    [Fact]
    public void a_definition_with_several_mistakes_reports_every_one_of_them()
    {
        var result = Checker.Check(Read("several-mistakes.json"));

        result.Problems.Select(p => p.Path).ShouldBe(
        [
            "/name",
            "/stages/0/steps/0/due",
            "/stages/0/steps/0/nxt",
            "/stages/0/steps/1/type",
            "/stages/0/steps/2/otherwise/next",
            "/stages/0/steps/3/form/fields/0/type",
            "/transitions/0/to",
        ], ignoreOrder: false, customMessage: string.Join(Environment.NewLine, result.Problems));
    }

    [Fact]
    public void problems_carry_the_line_and_column_of_their_path_and_come_in_text_order()
    {
        var problems = Checker.Check(Read("several-mistakes.json")).Problems;

        problems.ShouldAllBe(p => p.Line != null && p.Column != null);
        problems.Select(p => (p.Line!.Value, p.Column!.Value)).ShouldBeInOrder();
        var typo = problems.Single(p => p.Path == "/stages/0/steps/0/nxt");
        (typo.Line, typo.Column).ShouldBe((15, 11));
    }

    [Fact]
    public void a_missing_property_is_placed_at_the_object_that_lacks_it()
    {
        var problems = Checker.Check(Read("several-mistakes.json")).Problems;

        var name = problems.Single(p => p.Path == "/name");
        (name.Line, name.Column).ShouldBe((1, 1));
    }

    [Fact]
    public void text_that_is_not_json_gives_one_positioned_problem_and_no_document()
    {
        var result = Checker.Check("{\n  \"schemaVersion\": 1,\n  \"id\": oops\n}");

        result.Document.ShouldBeNull();
        result.IsValid.ShouldBeFalse();
        var problem = result.Problems.ShouldHaveSingleItem();
        (problem.Line, problem.Column).ShouldBe((3, 9));
        problem.Message.ShouldStartWith("invalid JSON");
    }
}
