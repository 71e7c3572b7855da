using System.Text.Json.Nodes;
using WorkflowAgency.Templating.Tests.Templates;

namespace WorkflowAgency.Templating.Tests.Shipped;

/// <summary>The data contract in templates/README.md holds: each template renders with what it lists, and needs all it lists.</summary>
public sealed class ShippedContractTests
{
    [Fact]
    public void every_shipped_template_has_a_row_in_the_data_contract_and_a_test_case()
    {
        var files = Directory.GetFiles(Path.Combine(ShippedTemplates.Root, "documents"), "*.sbn-html")
            .Concat(Directory.GetFiles(Path.Combine(ShippedTemplates.Root, "emails"), "*.sbn-html"))
            .Select(path => Path.GetRelativePath(ShippedTemplates.Root, path).Replace('\\', '/').Replace(".sbn-html", "", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        ShippedTemplates.Contracts.Select(c => c.Template).Order(StringComparer.Ordinal).ShouldBe(files);
        ShippedTemplates.Cases.Select(c => c.Template).Order(StringComparer.Ordinal).ShouldBe(files);
    }

    [Fact]
    public void every_email_has_a_hand_written_text_part()
    {
        var emails = Directory.GetFiles(Path.Combine(ShippedTemplates.Root, "emails"), "*.sbn-html");

        emails.Where(html => !File.Exists(Path.ChangeExtension(html, ".sbn-txt"))).ShouldBeEmpty();
    }

    [Fact]
    public void the_text_copy_of_the_helpers_is_the_html_copy()
    {
        var helpers = Path.Combine(ShippedTemplates.Root, "partials", "helpers");

        File.ReadAllText(helpers + ".sbn-txt").ShouldBe(File.ReadAllText(helpers + ".sbn-html"), "partials/helpers.sbn-txt must be a copy of helpers.sbn-html");
    }

    [Theory]
    [MemberData(nameof(ShippedTemplates.Names), MemberType = typeof(ShippedTemplates))]
    public void check_finds_no_problem_in_a_shipped_template(string template)
    {
        ShippedTemplates.Renderer(DateTimeOffset.UnixEpoch).Check(template).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ShippedTemplates.Names), MemberType = typeof(ShippedTemplates))]
    public void a_template_renders_with_only_what_its_stage_guarantees(string template)
    {
        var shipped = ShippedTemplates.Case(template);

        var rendered = ShippedTemplates.Render(shipped, ShippedTemplates.Minimal(ShippedTemplates.Contract(template))).Rendered();

        rendered.Subject.ShouldNotBeNullOrWhiteSpace();
        rendered.Text.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [MemberData(nameof(ShippedTemplates.Names), MemberType = typeof(ShippedTemplates))]
    public void every_variable_the_contract_says_a_template_needs_is_one_it_reads(string template)
    {
        var shipped = ShippedTemplates.Case(template);
        var contract = ShippedTemplates.Contract(template);
        var unread = new List<string>();

        foreach (var name in contract.Needs.Concat(contract.MayBeNull))
        {
            // The optional ones filled in too, since a template may read one only when another is there (the link's expiry).
            var model = ShippedTemplates.Minimal(contract);
            foreach (var optional in contract.MayBeNull)
                model[optional] = shipped.Sample()[optional]?.DeepClone();
            model.Remove(name);
            var result = ShippedTemplates.Render(shipped, model);
            if (result.Succeeded || !result.Errors.Any(e => e.Message.Contains($"`{name}`", StringComparison.Ordinal)))
                unread.Add(name);
        }

        unread.ShouldBeEmpty($"templates/README.md lists variables that {template} never reads");
    }

    [Fact]
    public void the_sample_engagement_fills_every_variable_of_the_contract()
    {
        var sample = ShippedTemplates.Sample();
        var named = ShippedTemplates.Base
            .Concat(ShippedTemplates.Contracts.SelectMany(c => c.Needs.Concat(c.MayBeNull)))
            .Concat(["kpi_targets", "budget_spent", "proposal_response", "survey"])
            .Distinct();

        named.Where(name => sample[name] is null).ShouldBeEmpty();
        sample["client"]!.AsObject().Select(p => p.Key).ShouldBe(["name", "company", "email", "phone"], ignoreOrder: true);
        sample["survey"]!["data"]!.AsObject().Select(p => p.Key).ShouldBe(["recommend", "knowledge", "care", "comment"], ignoreOrder: true);
        sample["payment_received"].ShouldBeOfType<JsonObject>().Count.ShouldBe(2);
    }
}
