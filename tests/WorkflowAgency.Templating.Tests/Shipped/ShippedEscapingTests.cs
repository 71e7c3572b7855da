using WorkflowAgency.Templating.Tests.Templates;

namespace WorkflowAgency.Templating.Tests.Shipped;

public sealed class ShippedEscapingTests
{
    private const string HostileName = "<script>alert(1)</script>";
    private const string HostileCompany = "\"><img src=x onerror=alert(1)>";

    [Theory]
    [MemberData(nameof(ShippedTemplates.Names), MemberType = typeof(ShippedTemplates))]
    public void a_hostile_client_is_escaped_in_the_html_and_readable_in_the_text(string template)
    {
        var shipped = ShippedTemplates.Case(template);
        var model = shipped.Sample();
        model["client"]!["name"] = HostileName;
        model["client"]!["company"] = HostileCompany;

        var rendered = ShippedTemplates.Render(shipped, model).Rendered();

        rendered.Html.ShouldNotContain("<script", Case.Insensitive);
        rendered.Html.ShouldNotContain("<img", Case.Insensitive);
        rendered.Html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        rendered.Text.ShouldContain(HostileName);
        rendered.Text.ShouldNotContain("&lt;");
        rendered.Text.ShouldNotContain("&quot;");
        if (rendered.Text.Contains(HostileCompany, StringComparison.Ordinal))
            rendered.Html.ShouldContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    }

    [Theory]
    [MemberData(nameof(LinkEmails))]
    public void the_signed_link_is_the_button_and_its_expiry_is_shown_in_the_clients_time_zone(string template)
    {
        var shipped = ShippedTemplates.Case(template);
        var model = shipped.Sample();
        model["link_expires_at"] = "2026-04-01T22:59:00Z";

        var rendered = ShippedTemplates.Render(shipped, model).Rendered();

        rendered.Html.ShouldContain("""<a href="https://app.brightwave.example/c/7Hq2mXk9Lw?sig=3f9a1c0d5e" """);
        rendered.Text.ShouldContain("\nhttps://app.brightwave.example/c/7Hq2mXk9Lw?sig=3f9a1c0d5e\n");
        rendered.Text.ShouldContain("until 1 April 2026, 23:59 (Europe/London)");
    }

    [Theory]
    [MemberData(nameof(LinkEmails))]
    public void without_a_link_the_email_asks_the_client_to_reply(string template)
    {
        var shipped = ShippedTemplates.Case(template);
        var model = shipped.Sample();
        model["link"] = null;
        model["link_expires_at"] = null;

        var rendered = ShippedTemplates.Render(shipped, model).Rendered();

        rendered.Html.ShouldNotContain("app.brightwave.example");
        rendered.Text.ShouldContain("reply to this email");
        rendered.Html.ShouldContain("reply to this email");
    }

    [Theory]
    [MemberData(nameof(LinkEmails))]
    public void a_link_that_is_not_https_never_reaches_an_href(string template)
    {
        var shipped = ShippedTemplates.Case(template);
        var model = shipped.Sample();
        model["link"] = "javascript:alert(1)";

        var rendered = ShippedTemplates.Render(shipped, model).Rendered();

        rendered.Html.ShouldNotContain("javascript:", Case.Insensitive);
        rendered.Text.ShouldNotContain("javascript:", Case.Insensitive);
        rendered.Text.ShouldContain("reply to this email");
    }

    [Theory]
    [MemberData(nameof(LinkEmails))]
    public void a_plain_http_link_is_kept_only_for_a_server_on_this_machine(string template)
    {
        var shipped = ShippedTemplates.Case(template);
        var local = shipped.Sample();
        local["link"] = "http://localhost:5180/client/abc";
        var remote = shipped.Sample();
        remote["link"] = "http://agency.example/client/abc";

        ShippedTemplates.Render(shipped, local).Rendered().Html.ShouldContain("href=\"http://localhost:5180/client/abc\"");
        ShippedTemplates.Render(shipped, remote).Rendered().Html.ShouldNotContain("http://agency.example/client/abc");
    }

    public static TheoryData<string> LinkEmails => [.. ShippedTemplates.LinkEmails];
}
