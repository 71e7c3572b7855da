using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Accounts;
using WorkflowAgency.Server.Features.Engagements.LogClientMessage;
using WorkflowAgency.Server.Features.Payments;

namespace WorkflowAgency.Server.Demo;

/// <summary>What every demo engagement acts through: the engine and the same services the API uses, the clock, the dice.</summary>
internal sealed class DemoWorld(
    WorkflowEngine engine, IDbContextFactory<WorkflowDbContext> contexts, PaymentLedger ledger, ClientMessageLog messages, TimeProvider time, Random random)
{
    private int _invoices;

    public WorkflowEngine Engine => engine;

    public IDbContextFactory<WorkflowDbContext> Contexts => contexts;

    public PaymentLedger Ledger => ledger;

    public ClientMessageLog Messages => messages;

    public Random Random => random;

    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public string NextInvoiceNumber() => $"INV-{Now.Year}-{++_invoices:0000}";

    /// <summary>The demo user who works on a task given to a person, a role or a group.</summary>
    public static Actor ActorFor(string? user, string? group)
    {
        var person = DemoUser.All.FirstOrDefault(u => u.UserName == user)
            ?? DemoUser.All.First(u => u.Roles.Contains(group) || u.Groups.Contains(group));
        return Actor.User(person.UserName, [.. person.Roles, .. person.Groups]);
    }

    public static string DisplayName(string user) => DemoUser.All.First(u => u.UserName == user).DisplayName;

    /// <summary>A moment in the agency's working day: evenings and weekends move to the next working morning.</summary>
    public DateTimeOffset Working(DateTimeOffset at)
    {
        // One throw of the dice whatever the weekday, so a run on another day of the week makes the same choices.
        var minutes = random.Next(0, 120);
        var day = at.UtcDateTime;
        if (day.Hour >= 17)
            day = day.Date.AddDays(1).AddHours(9).AddMinutes(minutes);
        else if (day.Hour < 9)
            day = day.Date.AddHours(9).AddMinutes(minutes);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            day = day.Date.AddDays(1).AddHours(9).AddMinutes(minutes);
        return new DateTimeOffset(day, TimeSpan.Zero);
    }

    public TimeSpan Hours(double min, double max) => TimeSpan.FromHours(min + (random.NextDouble() * (max - min)));

    public TimeSpan Days(double min, double max) => TimeSpan.FromDays(min + (random.NextDouble() * (max - min)));
}
