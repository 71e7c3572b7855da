using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WorkflowAgency.Engine.Expressions;

namespace WorkflowAgency.Templating.Tests;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void the_expression_language_is_registered_once_for_the_whole_app()
    {
        using var provider = new ServiceCollection().AddTemplating().BuildServiceProvider();

        var language = provider.GetRequiredService<IExpressionLanguage>();

        language.ShouldBeSameAs(provider.GetRequiredService<IExpressionLanguage>());
        language.ParseExpression("1 + 1").Value!.Evaluate([]).Value!.GetValue<long>().ShouldBe(2);
    }

    [Fact]
    public void configured_limits_apply()
    {
        using var provider = new ServiceCollection().AddTemplating(o => o.LoopLimit = 5).BuildServiceProvider();

        var compiled = provider.GetRequiredService<IExpressionLanguage>().ParseText("{{ for i in 1..6 }}{{ end }}").Value!;

        compiled.Evaluate([]).Error!.Message.ShouldContain("LoopLimit `5`");
    }

    [Fact]
    public void invalid_options_fail_at_registration_naming_every_problem()
    {
        var error = Should.Throw<ArgumentException>(() => new ServiceCollection().AddTemplating(o =>
        {
            o.LoopLimit = 0;
            o.RecursiveLimit = -1;
            o.Timeout = TimeSpan.Zero;
        }));

        error.Message.ShouldContain("LoopLimit");
        error.Message.ShouldContain("RecursiveLimit");
        error.Message.ShouldContain("Timeout");
    }

    [Fact]
    public void the_containers_clock_is_used_when_none_is_configured()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 2, 0, 0, 0, TimeSpan.Zero));
        using var provider = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddTemplating().BuildServiceProvider();

        var compiled = provider.GetRequiredService<IExpressionLanguage>().ParseExpression("date.utc_now.year").Value!;

        compiled.Evaluate([]).Value!.GetValue<long>().ShouldBe(2030);
    }
}
