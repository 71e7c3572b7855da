namespace WorkflowAgency.Templating.Tests.Templates;

public sealed class EscapingTests
{
    private const string EscapedName = "&lt;script&gt;alert(1)&lt;/script&gt;";

    [Fact]
    public void a_hostile_client_name_is_text_in_the_html_part()
    {
        var rendered = TemplateFixtures.Renderer.Render("emails/welcome", TemplateFixtures.Welcome(TemplateFixtures.HostileName)).Rendered();

        rendered.Html.ShouldNotContain("<script>");
        rendered.Html.ShouldContain($"<p>Dear {EscapedName},</p>");
        // The template's own markup is not escaped.
        rendered.Html.ShouldContain("<strong>Smith &amp; Sons</strong>");
    }

    [Fact]
    public void a_hostile_client_name_stays_as_typed_in_the_text_part_and_the_subject()
    {
        var rendered = TemplateFixtures.Renderer.Render("emails/welcome", TemplateFixtures.Welcome(TemplateFixtures.HostileName)).Rendered();

        rendered.Text.ShouldContain($"Dear {TemplateFixtures.HostileName},");
        rendered.Subject.ShouldBe($"Welcome to the agency, {TemplateFixtures.HostileName} (Smith & Sons)");
    }

    [Fact]
    public void text_derived_from_the_html_shows_the_name_as_typed_not_as_entities()
    {
        using var scratch = new ScratchTemplates();
        scratch.Write("emails/short.sbn-html", "<p>Dear {{ client.name }},</p>");

        var rendered = scratch.Renderer.Render("emails/short", TemplateFixtures.Welcome(TemplateFixtures.HostileName)).Rendered();

        rendered.Html.ShouldBe($"<p>Dear {EscapedName},</p>");
        rendered.Text.ShouldBe($"Dear {TemplateFixtures.HostileName},");
    }

    [Theory]
    [InlineData("{{ name }}", EscapedName)]
    [InlineData("{{ \"<b>\" + name }}", "&lt;b&gt;" + EscapedName)]
    [InlineData("{{ name | string.upcase }}", "&lt;SCRIPT&gt;ALERT(1)&lt;/SCRIPT&gt;")]
    [InlineData("{{ [name] }}", "[&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;]")]
    [InlineData("{{ html.raw(name) | string.downcase }}", EscapedName)]
    [InlineData("{{ html.raw(name) + '' }}", EscapedName)]
    [InlineData("a'b\"c {{ \"a'b\\\"c&\" }}", "a'b\"c a&#39;b&quot;c&amp;")]
    public void every_value_a_placeholder_writes_is_escaped_however_it_was_made(string source, string expected)
    {
        Render(source).ShouldBe(expected);
    }

    [Theory]
    [InlineData("{{ html.raw '<em>Hi</em>' }}", "<em>Hi</em>")]
    [InlineData("{{ x = html.raw '<em>Hi</em>' }}{{ x }}", "<em>Hi</em>")]
    [InlineData("{{ name | html.escape }}", EscapedName)]
    [InlineData("{{ '1 < 2\n3 & 4' | html.newline_to_br }}", "1 &lt; 2<br />\n3 &amp; 4")]
    [InlineData("{{ capture block }}<b>{{ name }}</b>{{ end }}{{ block }}", "<b>" + EscapedName + "</b>")]
    public void markup_made_on_purpose_is_written_once_not_escaped_again(string source, string expected)
    {
        Render(source).ShouldBe(expected);
    }

    [Fact]
    public void an_included_partial_is_escaped_inside_and_not_escaped_again_where_included()
    {
        using var scratch = new ScratchTemplates();
        scratch.Write("partials/name.sbn-html", "<b>{{ name }}</b>");
        scratch.Write("page.sbn-html", "<p>{{ include 'partials/name' }}</p>");

        var rendered = scratch.Renderer.Render("page", TemplateFixtures.Model("""{ "name": "<i>x</i>" }""")).Rendered();

        rendered.Html.ShouldBe("<p><b>&lt;i&gt;x&lt;/i&gt;</b></p>");
    }

    [Fact]
    public void the_text_part_escapes_nothing()
    {
        using var scratch = new ScratchTemplates();
        scratch.Write("page.sbn-html", "<p>{{ name }}</p>");
        scratch.Write("page.sbn-txt", "{{ name }} & {{ '<b>' }}");

        var rendered = scratch.Renderer.Render("page", TemplateFixtures.Model("""{ "name": "<i>x</i>" }""")).Rendered();

        rendered.Text.ShouldBe("<i>x</i> & <b>");
    }

    private static string Render(string source)
    {
        using var scratch = new ScratchTemplates();
        scratch.Write("t.sbn-html", source);
        return scratch.Renderer.Render("t", TemplateFixtures.Model($$"""{ "name": "{{TemplateFixtures.HostileName}}" }""")).Rendered().Html;
    }
}
