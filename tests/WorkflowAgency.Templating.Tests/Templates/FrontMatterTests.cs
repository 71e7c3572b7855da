namespace WorkflowAgency.Templating.Tests.Templates;

public sealed class FrontMatterTests
{
    [Fact]
    public void the_subject_set_in_front_matter_becomes_the_subject()
    {
        using var scratch = new ScratchTemplates();
        scratch.Write("e.sbn-html", "+++\nsubject = 'Proposal v' + version\n+++\n<p>Hi</p>\n");

        var rendered = scratch.Renderer.Render("e", TemplateFixtures.Model("""{ "version": 2 }""")).Rendered();

        rendered.Subject.ShouldBe("Proposal v2");
        rendered.Html.ShouldBe("<p>Hi</p>\n");
    }

    [Fact]
    public void line_breaks_in_the_subject_become_spaces_so_no_header_can_be_added()
    {
        using var scratch = new ScratchTemplates();
        scratch.Write("e.sbn-html", "+++\nsubject = 'Hello ' + name + '  '\n+++\n<p>Hi</p>");

        var rendered = scratch.Renderer.Render("e", TemplateFixtures.Model("""{ "name": "Ada\r\nBcc: all@example.com\nX" }""")).Rendered();

        rendered.Subject.ShouldBe("Hello Ada Bcc: all@example.com X");
    }

    [Fact]
    public void without_front_matter_there_is_no_subject_even_if_the_data_has_one()
    {
        var rendered = TemplateFixtures.Renderer.Render("documents/proposal", TemplateFixtures.Proposal().Also("subject", "from data")).Rendered();

        rendered.Subject.ShouldBeNull();
    }

    [Fact]
    public void front_matter_variables_are_seen_by_both_parts_and_its_output_is_dropped()
    {
        using var scratch = new ScratchTemplates();
        scratch.Write("e.sbn-html", "+++\n'printed?'\nfirst = string.split(name, ' ')[0]\n+++\n<p>Dear {{ first }}</p>");
        scratch.Write("e.sbn-txt", "Dear {{ first }}");

        var rendered = scratch.Renderer.Render("e", TemplateFixtures.Model("""{ "name": "Ada Lovelace" }""")).Rendered();

        rendered.Html.ShouldBe("<p>Dear Ada</p>");
        rendered.Text.ShouldBe("Dear Ada");
    }

    [Fact]
    public void the_body_may_change_the_subject_the_front_matter_set()
    {
        using var scratch = new ScratchTemplates();
        scratch.Write("e.sbn-html", "+++\nsubject = 'Draft'\n+++\n{{ if final }}{{ subject = 'Final' }}{{ end }}<p>x</p>");

        scratch.Renderer.Render("e", TemplateFixtures.Model("""{ "final": true }""")).Rendered().Subject.ShouldBe("Final");
    }

    [Fact]
    public void a_subject_that_is_not_text_is_an_error()
    {
        using var scratch = new ScratchTemplates();
        scratch.Write("e.sbn-html", "+++\nsubject = { title: 'x' }\nsubject.self = subject\n+++\n<p>x</p>");

        var error = scratch.Renderer.Render("e", []).SingleError();

        error.ShouldBe(new Engine.Ports.TemplateError("e.sbn-html", "`subject` must be text, not object.", 1, 1));
    }

    [Fact]
    public void errors_in_front_matter_are_reported_on_the_files_own_lines()
    {
        using var scratch = new ScratchTemplates();
        scratch.Write("e.sbn-html", "+++\nsubject = 'Hi'\nx = nope + 1\n+++\n<p>x</p>");

        var error = scratch.Renderer.Render("e", []).SingleError();

        error.Template.ShouldBe("e.sbn-html");
        error.Message.ShouldContain("`nope` was not found");
        (error.Line, error.Column).ShouldBe((3, 5));
    }

    [Fact]
    public void front_matter_in_the_text_part_is_refused_because_it_would_never_run()
    {
        using var scratch = new ScratchTemplates();
        scratch.Write("e.sbn-html", "<p>x</p>");
        scratch.Write("e.sbn-txt", "+++\nsubject = 'Hi'\n+++\nx");

        var error = scratch.Renderer.Render("e", []).SingleError();

        error.Template.ShouldBe("e.sbn-txt");
        error.Message.ShouldContain("belongs in the .sbn-html");
    }
}
