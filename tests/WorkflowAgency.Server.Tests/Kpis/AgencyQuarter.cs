using System.Text.Json.Nodes;
using WorkflowAgency.Server.Configuration;
using WorkflowAgency.Server.Features.Kpis;
using WorkflowAgency.Server.Features.Kpis.Calculation;

namespace WorkflowAgency.Server.Tests.Kpis;

/// <summary>
/// A first quarter of 2026 written out by hand; <see cref="KpiCalculatorTests"/> checks each KPI against figures
/// worked out from it on paper. Business hours are Mon–Fri 09:00–17:00 UTC. 2026-01-01 is a Thursday.
/// </summary>
/// <remarks>
/// Clients (by company): Alpha (account1, from 2025-12-01, upsold 03-02), Beta (account2, 2025-11-15 to 02-10,
/// closed), Gamma (account1, new 02-01, open), Delta (account2, renewed 2025-12-20, second engagement from 01-10),
/// Epsilon (account1, new 03-20, lost 03-25), Zeta (account2, only after the quarter, 04-15).
/// </remarks>
internal static class AgencyQuarter
{
    public static readonly KpiPeriod Period = new(HistoryBuilder.At("2026-01-01"), HistoryBuilder.At("2026-04-01"), HistoryBuilder.At("2026-06-01"));

    public static KpiSettings Settings()
    {
        var problems = new List<string>();
        var hours = BusinessHours.From(new BusinessHoursOptions { Start = "09:00", End = "17:00", Days = "Mon,Tue,Wed,Thu,Fri", TimeZone = "Etc/UTC" }, problems);
        problems.ShouldBeEmpty();
        return new KpiSettings("EUR", hours!);
    }

    public static HistoryBuilder Build(bool surveys = true)
    {
        var h = new HistoryBuilder().Stages("handoff", "proposal", "negotiation");
        var alpha = h.Engagement("Alpha", "account1", "2025-12-01 10:00", "2026-03-02 09:30", "upsold");
        var beta = h.Engagement("Beta", "account2", "2025-11-15 10:00", "2026-02-10 12:00", "completed", currency: "GBP");
        var gamma = h.Engagement("Gamma", "account1", "2026-02-01 10:00");
        var delta1 = h.Engagement("Delta", "account2", "2025-10-01 10:00", "2025-12-20 12:00", "renewed");
        var delta2 = h.Engagement("Delta", "account2", "2026-01-10 10:00");
        var epsilon = h.Engagement("Epsilon", "account1", "2026-03-20 10:00", "2026-03-25 09:00", "lost");
        var zeta = h.Engagement("Zeta", "account2", "2026-04-15 10:00");

        // Alpha: signed before the quarter; a call on Friday 16:00 answered Monday 10:00 (2 business hours); upsold.
        h.Visit(alpha, "negotiation", "2025-12-05 09:00", "2025-12-10 09:00", "won");
        h.Completed(alpha, "2025-12-10 09:00", "account1", "signed", new JsonObject { ["contract_value"] = 5000 });
        h.Message(alpha, "2026-01-16 16:00");
        h.Completed(alpha, "2026-01-19 10:00", "account1");
        h.Completed(alpha, "2026-03-02 09:30", "account1", "upsold", new JsonObject { ["upsell_value"] = 2000 });

        // Beta (GBP): signed 01-05; surveyed Tue 01-20 11:00, the renewal talk at 14:00 (3 business hours).
        h.Completed(beta, "2026-01-05 11:00", "account2", "signed", new JsonObject { ["contract_value"] = 4000 });
        h.Completed(beta, "2026-01-20 14:00", "account2", "closed");

        // Gamma: proposal, changes, proposal, won; accepted Mon 02-09 10:00, contract at 15:30 (5.5 business hours).
        h.Visit(gamma, "proposal", "2026-02-02 09:00", "2026-02-04 09:00", "ready");
        h.Visit(gamma, "negotiation", "2026-02-04 09:00", "2026-02-06 09:00", "changes-requested");
        h.Visit(gamma, "proposal", "2026-02-06 09:00", "2026-02-07 09:00", "ready");
        h.Answered(gamma, "2026-02-09 10:00", "accept");
        h.Visit(gamma, "negotiation", "2026-02-07 09:00", "2026-02-09 15:30", "won");
        h.Completed(gamma, "2026-02-09 15:30", "account1", "signed", new JsonObject { ["contract_value"] = 10000 });
        h.Completed(gamma, "2026-03-12 16:00", "account1", "renewed", new JsonObject { ["upsell_value"] = 0 });

        // Delta: the first engagement renewed (with more scope) before the quarter; the second won after 28 days in negotiation.
        h.Completed(delta1, "2025-12-20 12:00", "account2", "renewed", new JsonObject { ["upsell_value"] = 5000 });
        h.Visit(delta2, "negotiation", "2025-12-28 09:00", "2026-01-25 09:00", "won");
        h.Completed(delta2, "2026-01-25 09:00", "account2", "signed", new JsonObject { ["contract_value"] = 8000 });

        // Epsilon: declined; the lost contract task still records a value, which is not contracted.
        h.Visit(epsilon, "negotiation", "2026-03-21 09:00", "2026-03-25 09:00", "declined");
        h.Completed(epsilon, "2026-03-24 09:00", "account1", "lost", new JsonObject { ["contract_value"] = 3000 });

        h.Message(alpha, "2025-12-30 10:00");
        h.Completed(zeta, "2026-04-16 10:00", "account2");

        if (surveys)
        {
            h.Survey(beta, "2026-01-20 11:00", recommend: 9, knowledge: 8, care: 9);
            h.Survey(alpha, "2026-03-03 10:00", recommend: 10, knowledge: 9, care: 8);
            h.Survey(delta2, "2026-03-05 10:00", recommend: 7, knowledge: 7, care: 6);
            h.Survey(gamma, "2026-03-12 10:00", recommend: 4, knowledge: 5, care: 3);
            h.Survey(delta1, "2025-12-21 10:00", recommend: 0, knowledge: 0, care: 0);
        }

        // Invoices.
        var i1 = h.Invoice(gamma, "2026-02-20", 5000, "2026-03-06");
        h.Paid(i1, "2026-03-01", 5000);
        var i2 = h.Invoice(delta2, "2026-03-01", 8000, "2026-03-15");
        h.Paid(i2, "2026-03-20", 3000).Paid(i2, "2026-04-05", 2000);
        var i3 = h.Invoice(alpha, "2025-12-15", 5000, "2026-01-14");
        h.Paid(i3, "2026-01-10", 5000);
        h.Invoice(beta, "2026-01-10", 4000, "2026-02-09", currency: "GBP");
        h.Invoice(gamma, "2026-03-25", 5000, "2026-04-24");

        // Tasks.
        h.Task(alpha, "2026-03-25 09:00", "2026-03-28 09:00", user: "account1");
        h.Task(gamma, "2026-03-30 09:00", "2026-04-03 09:00", user: "account1");
        h.Task(delta2, "2026-03-01 09:00", "2026-03-10 09:00", group: "creative", completed: "2026-04-10 09:00");
        h.Task(delta2, "2026-02-01 09:00", "2026-02-03 09:00", user: "account2", completed: "2026-02-02 09:00");
        h.Task(beta, "2026-01-05 09:00", "2026-01-06 09:00", user: "account2", completed: "2026-02-10 12:00", cancelled: true);
        h.Task(delta2, "2026-03-31 09:00", "2026-04-02 09:00", group: "account", claimedBy: "account2");
        h.Task(zeta, "2026-04-05 09:00", "2026-04-06 09:00", user: "account2");
        return h;
    }

    public static KpiReport Report(HistoryBuilder history, string? owner = null) =>
        KpiCalculator.Compute(history.Build(), Period, owner, Settings());
}
