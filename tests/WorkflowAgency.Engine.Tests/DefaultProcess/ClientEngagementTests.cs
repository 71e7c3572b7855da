using WorkflowAgency.Engine.Tests.Runtime;

namespace WorkflowAgency.Engine.Tests.DefaultProcess;

/// <summary>The shipped process against the shipped templates (driven through all eight stages over SMTP in the email tests).</summary>
public sealed class ClientEngagementTests
{
    private static string ShippedTemplates => Path.Combine(TestTemplates.Repository, "templates");

    private static string ShippedDefinition => File.ReadAllText(Path.Combine(TestTemplates.Repository, "workflows", "client-engagement.json"));

    [Fact]
    public async Task the_shipped_process_validates_clean_against_the_shipped_templates()
    {
        await using var h = await EngineHarness.StartAsync(templatesRoot: ShippedTemplates);

        var check = h.Definitions.Validate(ShippedDefinition);

        check.Problems.ShouldBeEmpty();
        check.Document!.Stages!.Select(s => s.Id).ShouldBe(["handoff", "brief", "proposal", "negotiation", "execution", "report", "payment", "aftercare"]);
    }
}
