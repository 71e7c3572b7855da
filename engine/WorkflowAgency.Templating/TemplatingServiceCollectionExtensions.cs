using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Engine.Expressions;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Templating.Expressions;
using WorkflowAgency.Templating.Templates;

namespace WorkflowAgency.Templating;

/// <summary>Registers the Scriban adapter.</summary>
public static class TemplatingServiceCollectionExtensions
{
    /// <summary>
    /// Registers Scriban as the engine's <see cref="IExpressionLanguage"/> and, when
    /// <see cref="ScribanOptions.TemplatesRoot"/> is set, as its <see cref="ITemplateRenderer"/> (also resolvable
    /// as <see cref="ScribanTemplateRenderer"/> for <see cref="ScribanTemplateRenderer.Check"/>). Both are
    /// singletons, since they cache parsed sources. Invalid options fail here, at startup, rather than on
    /// the first evaluation.
    /// </summary>
    public static IServiceCollection AddTemplating(this IServiceCollection services, Action<ScribanOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = new ScribanOptions();
        configure?.Invoke(options);
        options.ThrowIfInvalid();
        // Fixed now, so that a later change of current directory cannot move the templates.
        var templatesRoot = options.TemplatesRoot is null ? null : Path.GetFullPath(options.TemplatesRoot);

        ScribanOptions Resolve(IServiceProvider provider) => new()
        {
            LoopLimit = options.LoopLimit,
            RecursiveLimit = options.RecursiveLimit,
            Timeout = options.Timeout,
            TimeProvider = options.TimeProvider ?? provider.GetService<TimeProvider>(),
            TemplatesRoot = templatesRoot,
        };

        services.AddSingleton<IExpressionLanguage>(provider => new ScribanExpressionLanguage(Resolve(provider)));
        if (templatesRoot is not null)
        {
            services.AddSingleton(provider => new ScribanTemplateRenderer(Resolve(provider)));
            services.AddSingleton<ITemplateRenderer>(provider => provider.GetRequiredService<ScribanTemplateRenderer>());
        }
        return services;
    }
}
