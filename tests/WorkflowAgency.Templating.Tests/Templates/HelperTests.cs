using WorkflowAgency.Templating.Expressions;

namespace WorkflowAgency.Templating.Tests.Templates;

public sealed class HelperTests
{
    [Theory]
    [InlineData(null, "4200", "EUR", "€4,200.00")]
    [InlineData("en-GB", "4200.5", "GBP", "£4,200.50")]
    [InlineData("en-US", "-12.3", "USD", "-$12.30")]
    [InlineData("de-DE", "4200", "EUR", "4.200,00 €")]
    [InlineData("fr-FR", "4200", "EUR", "4 200,00 €")]
    [InlineData("en-GB", "4200", "JPY", "¥4,200")]
    [InlineData("de-DE", "4200", "CHF", "4.200,00 CHF")]
    [InlineData("en-GB", "\"4200.25\"", "eur", "€4,200.25")]
    public void money_formats_an_amount_in_the_datas_culture(string? culture, string amount, string currency, string expected)
    {
        var scope = $$"""{ {{(culture is null ? "" : $"\"culture\": \"{culture}\", ")}}"fee": {{amount}} }""";

        var text = Run.Text($"{{{{ fee | money '{currency}' }}}}", scope).Value!.GetValue<string>();

        // ICU uses narrow and ordinary no-break spaces between groups and before symbols.
        text.Replace('\u202F', ' ').Replace('\u00A0', ' ').ShouldBe(expected);
    }

    [Theory]
    [InlineData("""{ "fee": 1 }""", "fee | money 'EURO'", "Unknown currency `EURO`")]
    [InlineData("""{ "fee": 1 }""", "fee | money 'XYZ'", "Unknown currency `XYZ`")]
    [InlineData("""{ "fee": "lots" }""", "fee | money 'EUR'", "needs a number, not the text \"lots\"")]
    [InlineData("""{ "fee": 1, "culture": "xx-NOPE" }""", "fee | money 'EUR'", "Unknown culture `xx-NOPE`")]
    [InlineData("""{ "fee": 1, "culture": 42 }""", "fee | money 'EUR'", "`culture` must be text")]
    [InlineData("""{ "day": "2026-03-01", "time_zone": "Mars/Olympus" }""", "day | date_format", null)]
    [InlineData("""{ "day": "2026-03-01T10:00:00Z", "time_zone": "Mars/Olympus" }""", "day | date_format", "Unknown time zone `Mars/Olympus`")]
    [InlineData("""{ "day": "03/01/2026" }""", "day | date_format", "ISO 8601")]
    [InlineData("""{ "day": "2026-03-01" }""", "day | date_format 'Q'", "not a valid date format")]
    public void a_helper_given_something_it_cannot_format_fails_with_a_clear_error(string scope, string expression, string? message)
    {
        var result = Run.Expression(expression, scope);

        if (message is null)
        {
            // A calendar date is never converted, so its time zone is not even looked up.
            result.Succeeded.ShouldBeTrue();
            return;
        }
        result.Error.ShouldNotBeNull().Message.ShouldContain(message);
        result.Error.Line.ShouldBe(1);
    }

    [Theory]
    [InlineData(null, null, "2026-03-01T23:30:00Z", null, "Sunday, 1 March 2026")]
    [InlineData(null, "Europe/Paris", "2026-03-01T23:30:00Z", null, "Monday, 2 March 2026")]
    [InlineData("fr-FR", "Europe/Paris", "2026-03-01T23:30:00Z", "d MMMM yyyy HH:mm", "2 mars 2026 00:30")]
    [InlineData("en-US", "America/New_York", "2026-07-01T12:00:00+02:00", "g", "7/1/2026 6:00 AM")]
    [InlineData("de-DE", "America/New_York", "2026-03-10", "d. MMMM yyyy", "10. März 2026")]
    [InlineData(null, "Pacific/Auckland", "2026-03-10T09:00:00", "yyyy-MM-dd HH:mm", "2026-03-10 09:00")]
    public void date_format_shows_instants_in_the_time_zone_and_calendar_dates_as_they_are(
        string? culture, string? timeZone, string date, string? format, string expected)
    {
        var scope = TemplateFixtures.Model("{}").Also("day", date).Also("culture", culture).Also("time_zone", timeZone);
        var call = format is null ? "day | date_format" : $"day | date_format '{format}'";

        var text = new ScribanExpressionLanguage().ParseExpression(call).Value!.Evaluate(scope).Value!.GetValue<string>();

        text.Replace('\u202F', ' ').ShouldBe(expected);
    }

    [Fact]
    public void date_format_takes_the_dates_scriban_makes()
    {
        Run.Expression("date.parse('2026-03-10') | date_format 'yyyy-MM-dd'").Value!.GetValue<string>().ShouldBe("2026-03-10");
    }

    [Fact]
    public void a_template_can_set_its_culture_itself()
    {
        using var scratch = new ScratchTemplates();
        scratch.Write("t.sbn-html", "{{ culture = 'de-DE' }}{{ 1234.5 | money 'EUR' }}");

        scratch.Renderer.Render("t", []).Rendered().Html.Replace('\u00A0', ' ').ShouldBe("1.234,50 €");
    }
}
