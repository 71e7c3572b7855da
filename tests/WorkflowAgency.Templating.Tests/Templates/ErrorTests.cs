using WorkflowAgency.Engine.Ports;

namespace WorkflowAgency.Templating.Tests.Templates;

public sealed class ErrorTests
{
    [Fact]
    public void a_missing_template_is_an_error_naming_the_file_it_looked_for()
    {
        var error = TemplateFixtures.Renderer.Render("emails/nope", []).SingleError();

        error.ShouldBe(new TemplateError("emails/nope.sbn-html",
            "Template `emails/nope` not found: there is no file `emails/nope.sbn-html` in the templates folder.", 0, 0));
        error.ToString().ShouldBe("emails/nope.sbn-html: Template `emails/nope` not found: there is no file `emails/nope.sbn-html` in the templates folder.");
    }

    [Fact]
    public void a_missing_templates_folder_says_so()
    {
        var renderer = new Templating.Templates.ScribanTemplateRenderer(new ScribanOptions { TemplatesRoot = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")) });

        renderer.Render("emails/welcome", []).SingleError().Message.ShouldContain("does not exist");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("emails//welcome")]
    [InlineData("../emails/welcome")]
    [InlineData("emails\\welcome")]
    [InlineData("C:/templates/emails/welcome")]
    [InlineData("/emails/welcome")]
    public void an_invalid_name_is_an_error_not_an_exception(string name)
    {
        TemplateFixtures.Renderer.Render(name, []).SingleError().Template.ShouldBe(name);
    }

    [Fact]
    public void a_parse_error_has_the_file_line_and_column()
    {
        var error = TemplateFixtures.Renderer.Render("broken/parse-error", TemplateFixtures.Welcome()).Errors[0];

        error.Template.ShouldBe("broken/parse-error.sbn-html");
        error.Message.ShouldContain("Expecting an <expression> to the right of the operator");
        (error.Line, error.Column).ShouldBe((2, 46));
    }

    [Fact]
    public void an_unclosed_block_is_reported_at_the_end_of_the_file()
    {
        using var scratch = new ScratchTemplates();
        scratch.Write("t.sbn-html", "<p>\n{{ if x }}\nyes");

        var error = scratch.Renderer.Render("t", []).Errors[0];

        error.Message.ShouldContain("end");
        error.Line.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void a_missing_variable_is_an_error_at_its_placeholder()
    {
        var error = TemplateFixtures.Renderer.Render("broken/missing-variable", TemplateFixtures.Welcome()).SingleError();

        error.ShouldBe(new TemplateError("broken/missing-variable.sbn-html", "The variable or function `budgte` was not found", 2, 20));
    }

    [Fact]
    public void an_error_in_the_text_part_names_the_text_file()
    {
        var error = TemplateFixtures.Renderer.Render("broken/missing-in-text", TemplateFixtures.Welcome()).SingleError();

        error.Template.ShouldBe("broken/missing-in-text.sbn-txt");
        error.Message.ShouldContain("ownr");
        (error.Line, error.Column).ShouldBe((2, 22));
    }

    [Fact]
    public void a_loop_past_the_loop_limit_is_an_error()
    {
        using var scratch = new ScratchTemplates(new ScribanOptions { LoopLimit = 10 });
        scratch.Write("t.sbn-html", "<ul>\n{{ for i in 1..11 }}<li>{{ i }}</li>{{ end }}</ul>");

        var error = scratch.Renderer.Render("t", []).SingleError();

        error.Message.ShouldContain("LoopLimit `10`");
        error.Line.ShouldBe(2);
    }

    [Fact]
    public void an_endless_template_stops_at_the_time_limit()
    {
        using var scratch = new ScratchTemplates(new ScribanOptions { LoopLimit = int.MaxValue, Timeout = TimeSpan.FromMilliseconds(200) });
        scratch.Write("t.sbn-html", "<p>\n{{ while true }}{{ end }}</p>");

        var error = scratch.Renderer.Render("t", []).SingleError();

        error.Message.ShouldBe("Rendering exceeded its time limit of 200 ms.");
        error.Line.ShouldBe(2);
    }
}
