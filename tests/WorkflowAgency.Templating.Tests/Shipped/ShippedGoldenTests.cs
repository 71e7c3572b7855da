using WorkflowAgency.Templating.Tests.Templates;

namespace WorkflowAgency.Templating.Tests.Shipped;

public sealed class ShippedGoldenTests
{
    [Theory]
    [MemberData(nameof(ShippedTemplates.Names), MemberType = typeof(ShippedTemplates))]
    public void the_sample_engagement_renders_as_the_golden_files(string template)
    {
        var shipped = ShippedTemplates.Case(template);

        var rendered = ShippedTemplates.Render(shipped, shipped.Sample()).Rendered();

        rendered.Html.ShouldMatchShippedGolden(shipped.GoldenName + ".html");
        rendered.Text.ShouldMatchShippedGolden(shipped.GoldenName + ".txt");
        rendered.Subject.ShouldNotBeNull().ShouldMatchShippedGolden(shipped.GoldenName + ".subject.txt");
    }

    [Theory]
    [MemberData(nameof(ShippedTemplates.Names), MemberType = typeof(ShippedTemplates))]
    public void every_template_renders_in_another_culture_currency_and_time_zone(string template)
    {
        var shipped = ShippedTemplates.Case(template);
        var model = shipped.Sample();
        model["culture"] = "fr-FR";
        model["currency"] = "EUR";
        model["time_zone"] = "Europe/Paris";

        var rendered = ShippedTemplates.Render(shipped, model).Rendered();

        rendered.Html.ShouldContain("""<html lang="fr-FR">""");
        rendered.Text.ShouldNotContain("GBP");
    }

    [Fact]
    public void the_proposal_in_french_writes_money_and_dates_the_french_way()
    {
        var shipped = ShippedTemplates.Case("documents/proposal");
        var model = shipped.Sample();
        model["culture"] = "fr-FR";
        model["currency"] = "EUR";

        var text = ShippedTemplates.Render(shipped, model).Rendered().Text.Replace('\u202F', ' ').Replace('\u00A0', ' ');

        text.ShouldContain("Total investment | 39 600,00 €");
        text.ShouldContain("Valid until | 1 avril 2026");
    }

    [Fact]
    public void a_reminder_sent_before_the_due_date_says_the_invoice_is_due_not_overdue()
    {
        var shipped = ShippedTemplates.Case("emails/payment-reminder") with { Now = "2026-09-14T08:00:00Z" };

        var rendered = ShippedTemplates.Render(shipped, shipped.Sample()).Rendered();

        rendered.Subject.ShouldBe("Payment reminder: invoice BW-2026-0187 is due on 18 September 2026");
        rendered.Text.ShouldContain("is due for payment on 18 September 2026.");
        rendered.Text.ShouldNotContain("don't yet show a payment");
    }

    [Fact]
    public void a_reminder_on_the_due_date_itself_is_not_overdue_in_the_clients_time_zone()
    {
        // 23:30 UTC on the 17th is already the 18th in Auckland: due today, not overdue.
        var shipped = ShippedTemplates.Case("emails/payment-reminder") with { Now = "2026-09-17T23:30:00Z" };
        var model = shipped.Sample();
        model["time_zone"] = "Pacific/Auckland";

        ShippedTemplates.Render(shipped, model).Rendered().Subject.ShouldNotBeNull().ShouldContain("is due on");
    }

    [Fact]
    public void a_final_report_that_missed_its_goal_says_so_first()
    {
        var shipped = ShippedTemplates.Case("documents/final-report");
        var model = shipped.Sample();
        model["goal_met"] = false;

        var rendered = ShippedTemplates.Render(shipped, model).Rendered();

        rendered.Html.ShouldContain("""<section class="verdict not-met">""");
        rendered.Text.ShouldStartWith("Brightwave Digital · Final report");
        rendered.Text.IndexOf("Goal not met", StringComparison.Ordinal).ShouldBeLessThan(rendered.Text.IndexOf("1. Overview", StringComparison.Ordinal));
    }

    [Fact]
    public void a_partial_payment_leaves_the_balance_to_pay()
    {
        var shipped = ShippedTemplates.Case("emails/payment-received") with { Changes = """{ "payment_received": { "amount": 10000, "date": "2026-09-16" } }""" };

        var text = ShippedTemplates.Render(shipped, shipped.Sample()).Rendered().Text;

        text.ShouldContain("We've received your payment of £10,000.00 for invoice BW-2026-0187.");
        text.ShouldContain("That leaves £3,200.00 to pay on this invoice.");
    }

    [Fact]
    public void a_payment_recorded_without_its_details_is_thanked_for_as_the_invoice()
    {
        var shipped = ShippedTemplates.Case("emails/payment-received") with { Changes = """{ "payment_received": null }""" };

        var text = ShippedTemplates.Render(shipped, shipped.Sample()).Rendered().Text;

        text.ShouldContain("We've received your payment for invoice BW-2026-0187. Thank you.");
        text.ShouldContain("Amount received: £13,200.00");
        text.ShouldNotContain("Received on");
        text.ShouldContain("settled in full");
    }

    [Fact]
    public void a_deliverable_without_a_name_is_called_the_latest_deliverable()
    {
        var shipped = ShippedTemplates.Case("emails/deliverable-ready") with { Changes = """{ "deliverable_name": " " }""" };

        var rendered = ShippedTemplates.Render(shipped, shipped.Sample()).Rendered();

        rendered.Subject.ShouldBe("Ready for your review: your latest deliverable");
        rendered.Text.ShouldNotContain("In the proposal:");
    }
}
