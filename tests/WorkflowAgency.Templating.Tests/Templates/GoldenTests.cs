namespace WorkflowAgency.Templating.Tests.Templates;

public sealed class GoldenTests
{
    [Fact]
    public void an_email_with_front_matter_a_text_part_and_a_footer_renders_as_its_golden_files()
    {
        var rendered = TemplateFixtures.Renderer.Render("emails/welcome", TemplateFixtures.Welcome()).Rendered();

        rendered.Html.ShouldMatchGolden("emails-welcome.html");
        rendered.Text.ShouldMatchGolden("emails-welcome.txt");
        rendered.Subject.ShouldBe("Welcome to the agency, Ada Lovelace (Smith & Sons)");
    }

    [Fact]
    public void a_document_without_a_text_part_gets_its_text_from_the_html()
    {
        var rendered = TemplateFixtures.Renderer.Render("documents/proposal", TemplateFixtures.Proposal()).Rendered();

        rendered.Html.ShouldMatchGolden("documents-proposal.html");
        rendered.Text.ShouldMatchGolden("documents-proposal.txt");
        rendered.Subject.ShouldBeNull();
    }

    [Fact]
    public void the_same_document_in_french_uses_french_money_and_dates()
    {
        var rendered = TemplateFixtures.Renderer.Render("documents/proposal", TemplateFixtures.Proposal("fr-FR")).Rendered();

        // ICU versions differ on which no-break space French puts in numbers; the golden file has plain ones.
        rendered.Text.Replace('\u202F', ' ').Replace('\u00A0', ' ').ShouldMatchGolden("documents-proposal.fr-FR.txt");
    }
}
