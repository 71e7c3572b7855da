using Microsoft.Extensions.FileProviders;
using WorkflowAgency.Server.Configuration;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Hosting;

/// <summary>The request pipeline, in the order that matters: errors, static files, routing, limits, sign-in, CSRF.</summary>
internal static class ServerPipelineExtensions
{
    public static WebApplication UseWorkflowAgencyPipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();

        var settings = app.Services.GetRequiredService<ServerSettings>();
        if (Directory.Exists(settings.SpaRoot))
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(settings.SpaRoot) });

        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<CsrfProtection>();
        return app;
    }
}
