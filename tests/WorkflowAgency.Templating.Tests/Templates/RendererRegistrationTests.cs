using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Templating.Templates;

namespace WorkflowAgency.Templating.Tests.Templates;

public sealed class RendererRegistrationTests
{
    [Fact]
    public void a_templates_folder_registers_one_renderer_for_the_whole_app()
    {
        using var provider = new ServiceCollection().AddTemplating(o => o.TemplatesRoot = TemplateFixtures.Root).BuildServiceProvider();

        var renderer = provider.GetRequiredService<ITemplateRenderer>();

        renderer.ShouldBeSameAs(provider.GetRequiredService<ITemplateRenderer>());
        renderer.ShouldBeSameAs(provider.GetRequiredService<ScribanTemplateRenderer>());
        renderer.Render("emails/welcome", TemplateFixtures.Welcome()).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void without_a_templates_folder_there_is_no_renderer()
    {
        using var provider = new ServiceCollection().AddTemplating().BuildServiceProvider();

        provider.GetService<ITemplateRenderer>().ShouldBeNull();
    }

    [Fact]
    public void a_relative_folder_is_fixed_at_registration()
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, TemplateFixtures.Root);
        using var provider = new ServiceCollection().AddTemplating(o => o.TemplatesRoot = relative).BuildServiceProvider();

        provider.GetRequiredService<ScribanTemplateRenderer>().TemplatesRoot.ShouldBe(Path.TrimEndingDirectorySeparator(TemplateFixtures.Root));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("bad\0path")]
    public void an_unusable_folder_fails_at_registration(string root)
    {
        Should.Throw<ArgumentException>(() => new ServiceCollection().AddTemplating(o => o.TemplatesRoot = root))
            .Message.ShouldContain("TemplatesRoot");
    }

    [Fact]
    public void configured_limits_apply_to_templates()
    {
        using var scratch = new ScratchTemplates();
        scratch.Write("t.sbn-html", "{{ for i in 1..6 }}{{ end }}");
        using var provider = new ServiceCollection().AddTemplating(o => { o.TemplatesRoot = scratch.Root; o.LoopLimit = 5; }).BuildServiceProvider();

        provider.GetRequiredService<ITemplateRenderer>().Render("t", []).SingleError().Message.ShouldContain("LoopLimit `5`");
    }
}
