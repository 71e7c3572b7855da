using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Persistence;

namespace WorkflowAgency.Server.Demo;

/// <summary>
/// <c>dotnet run --project engine/WorkflowAgency.Server -- demo-history</c>: prepares the database, writes the demo
/// history ending now, prints what it made and how long it took, and exits. <c>Seed:DemoHistory=true</c> does the
/// same at start-up when the database has no engagements yet, then serves.
/// </summary>
internal static class DemoHistoryCommand
{
    public const string Name = "demo-history";

    public static bool Requested(string[] args) => args is not null && args.Contains(Name, StringComparer.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var end = services.GetRequiredService<TimeProvider>().GetUtcNow();
        end = new DateTimeOffset(end.Year, end.Month, end.Day, end.Hour, end.Minute, 0, TimeSpan.Zero);
        var start = end.AddDays(-DemoHistory.Days);
        await Console.Out.WriteLineAsync($"Writing the demo history from {start:yyyy-MM-dd} to {end:yyyy-MM-dd} through the engine…");
        var result = await services.GetRequiredService<DemoHistory>().RunAsync(
            start, end, new ConsoleProgressBar(Console.Out, Console.IsOutputRedirected), cancellationToken);
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync($"The demo history was not written: {result.Error!.Message}");
            return 1;
        }
        var made = result.Value!;
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{made.Clients} clients, {made.Engagements} engagements, {made.Actions} actions in {made.Elapsed.TotalSeconds:0.0} s. " +
            $"Where they are: {string.Join(", ", made.ByStageOrResult.Select(p => $"{p.Key} {p.Value}"))}."));
        return 0;
    }

    /// <summary>For <c>Seed:DemoHistory</c>: only on a database without engagements, so a restart never writes a second year.</summary>
    public static async Task SeedIfEmptyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using (var db = await services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            if (await db.Engagements.AnyAsync(cancellationToken))
                return;
        }
        await RunAsync(services, cancellationToken);
    }
}
