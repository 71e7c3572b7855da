namespace WorkflowAgency.Templating.Tests.Templates;

public sealed class CacheTests
{
    [Fact]
    public void an_edited_template_is_read_again()
    {
        using var scratch = new ScratchTemplates();
        var path = scratch.Write("t.sbn-html", "<p>one {{ n }}</p>");
        var first = scratch.Renderer.Render("t", TemplateFixtures.Model("""{ "n": 1 }""")).Rendered();

        File.WriteAllText(path, "<p>two {{ n }}</p>");
        // Set explicitly: two writes within the file system's timestamp resolution would otherwise look alike.
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(2));
        var second = scratch.Renderer.Render("t", TemplateFixtures.Model("""{ "n": 1 }""")).Rendered();

        first.Html.ShouldBe("<p>one 1</p>");
        second.Html.ShouldBe("<p>two 1</p>");
        second.Version.ShouldNotBe(first.Version);
    }

    [Fact]
    public void an_edited_partial_is_read_again()
    {
        using var scratch = new ScratchTemplates();
        var footer = scratch.Write("partials/footer.sbn-html", "<p>old</p>");
        scratch.Write("t.sbn-html", "{{ include 'partials/footer' }}");
        var first = scratch.Renderer.Render("t", []).Rendered();

        File.WriteAllText(footer, "<p>new</p>");
        File.SetLastWriteTimeUtc(footer, File.GetLastWriteTimeUtc(footer).AddSeconds(2));
        var second = scratch.Renderer.Render("t", []).Rendered();

        second.Html.ShouldBe("<p>new</p>");
        second.Version.ShouldNotBe(first.Version);
    }

    [Fact]
    public void a_fixed_parse_error_is_noticed()
    {
        using var scratch = new ScratchTemplates();
        var path = scratch.Write("t.sbn-html", "<p>{{ n + }}</p>");
        scratch.Renderer.Render("t", []).Succeeded.ShouldBeFalse();

        File.WriteAllText(path, "<p>{{ 1 + 1 }}</p>");
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(2));

        scratch.Renderer.Render("t", []).Rendered().Html.ShouldBe("<p>2</p>");
    }

    [Fact]
    public void a_deleted_template_is_not_found_and_an_added_text_part_is_used()
    {
        using var scratch = new ScratchTemplates();
        var html = scratch.Write("t.sbn-html", "<p>html</p>");
        scratch.Renderer.Render("t", []).Rendered().Text.ShouldBe("html");

        scratch.Write("t.sbn-txt", "own text");
        scratch.Renderer.Render("t", []).Rendered().Text.ShouldBe("own text");

        File.Delete(html);
        scratch.Renderer.Render("t", []).SingleError().Message.ShouldContain("not found");
    }

    [Fact]
    public void an_unchanged_template_keeps_its_version()
    {
        var first = TemplateFixtures.Renderer.Render("emails/welcome", TemplateFixtures.Welcome()).Rendered();
        var second = TemplateFixtures.Renderer.Render("emails/welcome", TemplateFixtures.Welcome("Someone else")).Rendered();

        second.Version.ShouldBe(first.Version);
        first.Version.Length.ShouldBe(16);
        first.Version.ShouldAllBe(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c));
    }

    [Fact]
    public void the_text_part_counts_towards_the_version()
    {
        using var scratch = new ScratchTemplates();
        scratch.Write("t.sbn-html", "<p>x</p>");
        var htmlOnly = scratch.Renderer.Render("t", []).Rendered().Version;

        scratch.Write("t.sbn-txt", "x");

        scratch.Renderer.Render("t", []).Rendered().Version.ShouldNotBe(htmlOnly);
    }
}
