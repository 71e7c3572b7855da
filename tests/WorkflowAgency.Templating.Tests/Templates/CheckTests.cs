namespace WorkflowAgency.Templating.Tests.Templates;

public sealed class CheckTests
{
    [Theory]
    [InlineData("emails/welcome")]
    [InlineData("documents/proposal")]
    // Errors that only data can cause are not Check's business.
    [InlineData("broken/missing-variable")]
    public void a_usable_template_has_no_problems(string name)
    {
        TemplateFixtures.Renderer.Check(name).ShouldBeEmpty();
    }

    [Fact]
    public void a_missing_template_is_a_problem()
    {
        TemplateFixtures.Renderer.Check("emails/nope").ShouldHaveSingleItem().Template.ShouldBe("emails/nope.sbn-html");
    }

    [Fact]
    public void parse_errors_in_either_part_are_problems_with_their_positions()
    {
        using var scratch = new ScratchTemplates();
        scratch.Write("t.sbn-html", "<p>{{ 1 + }}</p>");
        scratch.Write("t.sbn-txt", "ok\n{{ for }}");

        var problems = scratch.Renderer.Check("t");

        problems.Select(p => (p.Template, p.Line)).ShouldBe([("t.sbn-html", 1), ("t.sbn-txt", 2)]);
    }

    [Fact]
    public void literal_includes_are_followed_and_their_problems_reported()
    {
        var problems = TemplateFixtures.Renderer.Check("broken/includes-broken-partial");

        problems.ShouldHaveSingleItem().Template.ShouldBe("partials/broken.sbn-html");
    }

    [Theory]
    [InlineData("broken/includes-missing", "there is no file `partials/nope.sbn-html`", 2, 7)]
    [InlineData("broken/includes-outside", "may not use `.` or `..`", 2, 4)]
    public void a_literal_include_that_cannot_be_loaded_is_a_problem_where_it_is_written(string name, string message, int line, int column)
    {
        var problem = TemplateFixtures.Renderer.Check(name).ShouldHaveSingleItem();

        problem.Template.ShouldBe(name + ".sbn-html");
        problem.Message.ShouldContain(message);
        (problem.Line, problem.Column).ShouldBe((line, column));
    }

    [Fact]
    public void the_text_parts_includes_are_checked_against_text_partials()
    {
        using var scratch = new ScratchTemplates();
        scratch.Write("partials/only-html.sbn-html", "<p>x</p>");
        scratch.Write("t.sbn-html", "{{ include 'partials/only-html' }}");
        scratch.Write("t.sbn-txt", "{{ include 'partials/only-html' }}");

        scratch.Renderer.Check("t").ShouldHaveSingleItem().Message.ShouldContain("partials/only-html.sbn-txt");
    }
}
