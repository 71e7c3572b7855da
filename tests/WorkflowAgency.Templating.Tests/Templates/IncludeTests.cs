namespace WorkflowAgency.Templating.Tests.Templates;

public sealed class IncludeTests
{
    [Fact]
    public void each_part_includes_the_partial_of_its_own_kind()
    {
        var rendered = TemplateFixtures.Renderer.Render("emails/welcome", TemplateFixtures.Welcome()).Rendered();

        rendered.Html.ShouldContain("""<p class="footer">Sent to ada@example.com by Digital Account &amp; Co.</p>""");
        rendered.Text.ShouldEndWith("Sent to ada@example.com by Digital Account & Co.\n");
    }

    [Theory]
    [InlineData("../secret")]
    [InlineData("partials/../../secret")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/secret")]
    public void a_name_that_leaves_the_templates_folder_is_refused_with_a_clear_error(string name)
    {
        using var scratch = new ScratchTemplates();
        File.WriteAllText(Path.Combine(scratch.Parent, "secret.sbn-html"), "TOP SECRET");
        scratch.Write("page.sbn-html", $"<p>Hello</p>\n{{{{ include '{name}' }}}}");

        var error = scratch.Renderer.Render("page", []).SingleError();

        error.Template.ShouldBe("page.sbn-html");
        error.Message.ShouldStartWith($"Cannot include `{name}`: Template name `{name}`");
        (error.Line, error.Column).ShouldBe((2, 4));
    }

    [Fact]
    public void the_fixture_that_includes_a_parent_folder_is_refused()
    {
        var error = TemplateFixtures.Renderer.Render("broken/includes-outside", []).SingleError();

        error.ShouldBe(new Engine.Ports.TemplateError("broken/includes-outside.sbn-html",
            "Cannot include `../secret`: Template name `../secret` may not use `.` or `..`: templates cannot reach outside the templates folder.", 2, 4));
    }

    [Fact]
    public void a_symbolic_link_to_outside_the_folder_is_refused()
    {
        using var scratch = new ScratchTemplates();
        var secret = Path.Combine(scratch.Parent, "secret.sbn-html");
        File.WriteAllText(secret, "TOP SECRET");
        Directory.CreateDirectory(Path.Combine(scratch.Root, "partials"));
        File.CreateSymbolicLink(Path.Combine(scratch.Root, "partials", "linked.sbn-html"), secret);
        Directory.CreateSymbolicLink(Path.Combine(scratch.Root, "outside"), scratch.Parent);
        scratch.Write("file-link.sbn-html", "{{ include 'partials/linked' }}");
        scratch.Write("folder-link.sbn-html", "{{ include 'outside/secret' }}");

        scratch.Renderer.Render("file-link", []).SingleError().Message.ShouldContain("is a link to outside the templates folder");
        scratch.Renderer.Render("folder-link", []).SingleError().Message.ShouldContain("is a link to outside the templates folder");
        scratch.Renderer.Render("outside/secret", []).SingleError().Message.ShouldContain("is a link to outside the templates folder");
    }

    [Fact]
    public void a_text_part_linked_to_outside_the_folder_is_refused()
    {
        using var scratch = new ScratchTemplates();
        var secret = Path.Combine(scratch.Parent, "secret.txt");
        File.WriteAllText(secret, "TOP SECRET");
        scratch.Write("e.sbn-html", "<p>x</p>");
        File.CreateSymbolicLink(Path.Combine(scratch.Root, "e.sbn-txt"), secret);

        var error = scratch.Renderer.Render("e", []).SingleError();

        error.Template.ShouldBe("e.sbn-txt");
        error.Message.ShouldContain("is a link to outside the templates folder");
    }

    [Fact]
    public void a_loop_of_symbolic_links_is_an_error_not_an_exception()
    {
        using var scratch = new ScratchTemplates();
        File.CreateSymbolicLink(Path.Combine(scratch.Root, "a.sbn-html"), Path.Combine(scratch.Root, "b.sbn-html"));
        File.CreateSymbolicLink(Path.Combine(scratch.Root, "b.sbn-html"), Path.Combine(scratch.Root, "a.sbn-html"));

        scratch.Renderer.Render("a", []).Succeeded.ShouldBeFalse();
        scratch.Renderer.Check("a").ShouldNotBeEmpty();
    }

    [Fact]
    public void a_symbolic_link_that_stays_inside_the_folder_is_followed()
    {
        using var scratch = new ScratchTemplates();
        var footer = scratch.Write("partials/footer.sbn-html", "<p>footer</p>");
        File.CreateSymbolicLink(Path.Combine(scratch.Root, "partials", "alias.sbn-html"), footer);
        scratch.Write("page.sbn-html", "{{ include 'partials/alias' }}");

        scratch.Renderer.Render("page", []).Rendered().Html.ShouldBe("<p>footer</p>");
    }

    [Fact]
    public void a_missing_partial_is_an_error_naming_its_file_where_it_is_included()
    {
        var error = TemplateFixtures.Renderer.Render("broken/includes-missing", []).SingleError();

        error.ShouldBe(new Engine.Ports.TemplateError("broken/includes-missing.sbn-html",
            "Cannot include `partials/nope`: there is no file `partials/nope.sbn-html` in the templates folder.", 2, 7));
    }

    [Fact]
    public void a_partial_that_does_not_parse_reports_where_it_is_included_and_its_own_errors()
    {
        var errors = TemplateFixtures.Renderer.Render("broken/includes-broken-partial", []).Errors;

        errors.Count.ShouldBe(2);
        errors[0].ShouldBe(new Engine.Ports.TemplateError("broken/includes-broken-partial.sbn-html", "The included file `partials/broken.sbn-html` has errors.", 2, 4));
        errors[1].Template.ShouldBe("partials/broken.sbn-html");
        (errors[1].Line, errors[1].Column).ShouldBe((2, 16));
    }

    [Fact]
    public void a_runtime_error_inside_a_partial_names_the_partial()
    {
        using var scratch = new ScratchTemplates();
        scratch.Write("partials/p.sbn-html", "<p>\n{{ nope }}</p>");
        scratch.Write("page.sbn-html", "{{ include 'partials/p' }}");

        var error = scratch.Renderer.Render("page", []).SingleError();

        error.Template.ShouldBe("partials/p.sbn-html");
        (error.Line, error.Column).ShouldBe((2, 4));
    }

    [Fact]
    public void a_template_that_includes_itself_stops_at_the_recursive_limit()
    {
        using var scratch = new ScratchTemplates(new ScribanOptions { RecursiveLimit = 5 });
        scratch.Write("loop.sbn-html", "x{{ include 'loop' }}");

        scratch.Renderer.Render("loop", []).SingleError().Message.ShouldContain("limit `5`");
    }

    [Fact]
    public void a_partial_with_front_matter_is_refused_because_it_would_never_run()
    {
        using var scratch = new ScratchTemplates();
        scratch.Write("partials/p.sbn-html", "+++\nsubject = 'x'\n+++\n<p>p</p>");
        scratch.Write("page.sbn-html", "{{ include 'partials/p' }}");

        var errors = scratch.Renderer.Render("page", []).Errors;

        errors.Count.ShouldBe(2);
        errors[1].Template.ShouldBe("partials/p.sbn-html");
        errors[1].Message.ShouldContain("Front matter");
    }
}
