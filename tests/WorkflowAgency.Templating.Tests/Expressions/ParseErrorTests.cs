using WorkflowAgency.Engine.Expressions;
using WorkflowAgency.Templating.Expressions;

namespace WorkflowAgency.Templating.Tests.Expressions;

public sealed class ParseErrorTests
{
    private readonly ScribanExpressionLanguage language = new();

    [Fact]
    public void an_expression_cut_short_is_reported_just_past_its_end()
    {
        var result = language.ParseExpression("budget >");

        result.Succeeded.ShouldBeFalse();
        result.Value.ShouldBeNull();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Message.ShouldContain("Expecting an <expression> to the right of the operator");
        (error.Line, error.Column).ShouldBe((1, 9));
    }

    [Fact]
    public void an_if_without_condition_in_text_is_reported_at_its_line_and_column()
    {
        var result = language.ParseText("Title\n  {{ if }}");

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldNotBeEmpty();
        result.Errors[0].Message.ShouldContain("if");
        (result.Errors[0].Line, result.Errors[0].Column).ShouldBe((2, 9));
    }

    [Fact]
    public void every_error_is_reported_not_just_the_first()
    {
        var result = language.ParseExpression("(a + ) * (b - )");

        result.Errors.Count.ShouldBe(2);
        result.Errors.Select(e => (e.Line, e.Column)).ShouldBe([(1, 6), (1, 15)]);
    }

    [Fact]
    public void errors_on_later_lines_carry_that_line()
    {
        var result = language.ParseExpression("a +\n  * b");

        result.Errors.Select(e => (e.Line, e.Column)).ShouldBe([(1, 4), (2, 3)]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    [InlineData("# only a comment")]
    public void an_empty_expression_is_an_error(string source)
    {
        var error = language.ParseExpression(source).Errors.ShouldHaveSingleItem();

        error.ShouldBe(new ExpressionError("An expression cannot be empty.", 1, 1));
    }

    [Fact]
    public void an_assignment_where_a_comparison_was_meant_is_an_error()
    {
        var error = language.ParseExpression("status = 'won'").Errors.ShouldHaveSingleItem();

        error.Message.ShouldContain("==");
        (error.Line, error.Column).ShouldBe((1, 1));
    }

    [Theory]
    [InlineData("if budget > 1; true; end")]
    [InlineData("while true; end")]
    [InlineData("func f; ret 1; end")]
    public void a_statement_is_not_an_expression(string source)
    {
        language.ParseExpression(source).Errors.ShouldHaveSingleItem().Message.ShouldContain("statements");
    }

    [Fact]
    public void a_second_expression_is_an_error_where_it_starts()
    {
        var error = language.ParseExpression("budget > 1\nbudget < 5").Errors.ShouldHaveSingleItem();

        (error.Line, error.Column).ShouldBe((2, 1));
    }

    [Fact]
    public void parsing_the_same_source_again_returns_the_cached_result()
    {
        var first = language.ParseExpression("budget > 10000");

        language.ParseExpression("budget > 10000").ShouldBeSameAs(first);
        language.ParseText("budget > 10000").ShouldNotBeSameAs(first);
    }
}
