using WorkflowAgency.Server.Features.Kpis;
using WorkflowAgency.Server.Features.Kpis.Calculation;

namespace WorkflowAgency.Server.Tests.Kpis;

/// <summary>Every KPI over <see cref="AgencyQuarter"/>, the expected figure worked out by hand in the comments.</summary>
public sealed class KpiCalculatorTests
{
    private static Metric Metric(KpiReport report, string id) => report.Metrics.Single(m => m.Id == id);

    private static Metric Metric(KpiReport report, string owner, string id) => report.People.Single(p => p.Owner == owner).Metrics.Single(m => m.Id == id);

    [Fact]
    public void response_time_is_the_mean_business_time_from_each_client_event_to_the_next_staff_action()
    {
        var report = AgencyQuarter.Report(AgencyQuarter.Build());
        // Client events in the quarter, and the next staff action on the same engagement:
        //   Alpha call Fri 01-16 16:00 → Mon 01-19 10:00: Fri 16–17 + Mon 09–10 = 2 h
        //   Beta survey Tue 01-20 11:00 → 14:00 = 3 h
        //   Gamma accepts Mon 02-09 10:00 → contract 15:30 = 5.5 h
        //   Gamma survey Thu 03-12 10:00 → renewal 16:00 = 6 h
        //   Alpha survey 03-03 and Delta survey 03-05: no staff action after them yet → left out
        //   Alpha's call on 2025-12-30 is before the quarter → left out
        // (2 + 3 + 5.5 + 6) / 4 = 16.5 / 4 = 4.125 → 4.13
        var metric = Metric(report, "responseTime");
        metric.Value.ShouldBe(4.13);
        metric.Sample.ShouldBe(4);
        metric.Unit.ShouldBe("businessHours");
        metric.Formula.ShouldContain("Mon,Tue,Wed,Thu,Fri 09:00–17:00 Etc/UTC");
        // account1 owns Alpha and Gamma: (2 + 5.5 + 6) / 3 = 4.5
        Metric(report, "account1", "responseTime").Value.ShouldBe(4.5);
    }

    [Fact]
    public void nps_is_percent_promoters_minus_percent_detractors_with_the_two_criteria_averaged()
    {
        var report = AgencyQuarter.Report(AgencyQuarter.Build());
        // Answers in the quarter: recommend 9, 10, 7, 4 (the 0 from 2025-12-21 is outside).
        // promoters (9–10): 2, detractors (0–6): 1 → (2 − 1) / 4 × 100 = 25
        Metric(report, "nps").Value.ShouldBe(25);
        Metric(report, "nps").Sample.ShouldBe(4);
        // knowledge (8 + 9 + 7 + 5) / 4 = 7.25; care (9 + 8 + 6 + 3) / 4 = 6.5
        Metric(report, "npsKnowledge").Value.ShouldBe(7.25);
        Metric(report, "npsCare").Value.ShouldBe(6.5);
        // account1: Alpha 10 (promoter), Gamma 4 (detractor) → (1 − 1) / 2 × 100 = 0, a real zero
        Metric(report, "account1", "nps").Value.ShouldBe(0);
        Metric(report, "account1", "nps").NoData.ShouldBeNull();
    }

    [Fact]
    public void without_survey_answers_nps_says_no_data_instead_of_zero()
    {
        var report = AgencyQuarter.Report(AgencyQuarter.Build(surveys: false));
        foreach (var id in new[] { "nps", "npsKnowledge", "npsCare" })
        {
            Metric(report, id).Value.ShouldBeNull(id);
            Metric(report, id).NoData.ShouldBe("no survey answers in the period");
        }
    }

    [Fact]
    public void retention_is_clients_at_the_end_less_new_ones_over_clients_at_the_start()
    {
        var report = AgencyQuarter.Report(AgencyQuarter.Build());
        // S at 01-01: Alpha (open since 2025-12-01, spanning the boundary), Beta (open), Delta (renewed 2025-12-20) = 3
        // E at 04-01: Alpha (upsold 03-02), Gamma (open), Delta (second engagement open) = 3; Beta closed, Epsilon lost
        // N: Gamma (02-01) and Epsilon (03-20) started their first engagement in the quarter = 2; Zeta (04-15) is after it
        // (3 − 2) / 3 × 100 = 33.33
        Metric(report, "retention").Value.ShouldBe(33.33);
        Metric(report, "retention").Sample.ShouldBe(3);
        // account2: S = Beta, Delta = 2; E = Delta = 1; N = 0 → (1 − 0) / 2 × 100 = 50
        Metric(report, "account2", "retention").Value.ShouldBe(50);
    }

    [Fact]
    public void clients_per_account_person_counts_clients_with_an_engagement_open_in_the_period()
    {
        var report = AgencyQuarter.Report(AgencyQuarter.Build());
        // Alpha, Beta, Gamma, Delta, Epsilon = 5 (Delta's first engagement ended before, its second is open; Zeta is after)
        // 5 / 2 account staff = 2.5
        Metric(report, "clientsPerAccount").Value.ShouldBe(2.5);
        // account1: Alpha, Gamma, Epsilon = 3; account2: Beta, Delta = 2
        Metric(report, "account1", "clientsPerAccount").Value.ShouldBe(3);
        Metric(report, "account2", "clientsPerAccount").Value.ShouldBe(2);
    }

    [Fact]
    public void revenue_assurance_compares_collected_and_invoiced_with_contracted_in_the_reporting_currency()
    {
        var report = AgencyQuarter.Report(AgencyQuarter.Build());
        // Contracted (EUR, signed in the quarter): Gamma 10,000 + Delta 8,000 = 18,000
        //   (Alpha's 5,000 was signed in 2025; Epsilon's 3,000 was lost; Beta's 4,000 is GBP)
        Metric(report, "contracted").Value.ShouldBe(18000);
        // Invoiced (EUR, issued in the quarter): 5,000 (02-20) + 8,000 (03-01) + 5,000 (03-25) = 18,000
        Metric(report, "invoiced").Value.ShouldBe(18000);
        // Collected (EUR, received in the quarter): 5,000 (03-01) + 3,000 (03-20) + 5,000 (01-10, a 2025 invoice) = 13,000
        //   (the 2,000 of 04-05 is after the quarter)
        Metric(report, "collected").Value.ShouldBe(13000);
        // 13,000 / 18,000 × 100 = 72.22; 18,000 / 18,000 × 100 = 100
        Metric(report, "collectedToContracted").Value.ShouldBe(72.22);
        Metric(report, "invoicedToContracted").Value.ShouldBe(100);
        // Overdue at 04-01: Delta's 8,000 due 03-15 with 3,000 paid by then → 1 invoice, 5,000 owed
        Metric(report, "overdueInvoices").Value.ShouldBe(1);
        Metric(report, "overdueAmount").Value.ShouldBe(5000);
        // GBP is listed apart, never converted: Beta's contract and its unpaid invoice
        report.Currencies.ShouldBe([
            new CurrencyTotals("EUR", 18000, 18000, 13000, 5000, 1),
            new CurrencyTotals("GBP", 4000, 4000, 0, 4000, 1),
        ]);
    }

    [Fact]
    public void upsell_rate_is_clients_who_bought_more_over_clients_in_the_period()
    {
        var report = AgencyQuarter.Report(AgencyQuarter.Build());
        // Bought more in the quarter: Alpha (upsold 03-02). Gamma renewed with no additional value; Delta's
        // renewal with more scope was in 2025. 1 / 5 clients × 100 = 20
        Metric(report, "upsellRate").Value.ShouldBe(20);
    }

    [Fact]
    public void stage_times_are_the_median_and_p90_of_the_visits_that_ended_in_the_period()
    {
        var report = AgencyQuarter.Report(AgencyQuarter.Build());
        // proposal: Gamma 48 h and 24 h → sorted [24, 48]: median (rank 1) 24, p90 (rank 2) 48
        Metric(report, "stageTime.proposal.median").Value.ShouldBe(24);
        Metric(report, "stageTime.proposal.p90").Value.ShouldBe(48);
        // negotiation: Gamma 48 and 54.5, Epsilon 96, Delta 672 (entered 2025-12-28, left 01-25: spans the boundary)
        // sorted [48, 54.5, 96, 672]: median (rank 2) 54.5, p90 (rank ⌈3.6⌉ = 4) 672
        Metric(report, "stageTime.negotiation.median").Value.ShouldBe(54.5);
        Metric(report, "stageTime.negotiation.p90").Value.ShouldBe(672);
        Metric(report, "stageTime.negotiation.median").Sample.ShouldBe(4);
        Metric(report, "stageTime.handoff.median").NoData.ShouldBe("no handoff stage was left in the period");
    }

    [Fact]
    public void open_and_overdue_tasks_are_counted_per_person_at_the_end_of_the_period()
    {
        var report = AgencyQuarter.Report(AgencyQuarter.Build());
        // At 04-01: account1 holds Alpha's (due 03-28, overdue) and Gamma's (due 04-03); account2 the one it claimed
        // (due 04-02); creative's group task (due 03-10) was completed only on 04-10, so it was still open and overdue.
        // Not counted: the task completed 02-02, the one withdrawn 02-10, Zeta's created 04-05.
        report.Tasks.ShouldBe([new TaskLoad("account1", 2, 1), new TaskLoad("account2", 1, 0), new TaskLoad("group:creative", 1, 1)]);
        Metric(report, "openTasks").Value.ShouldBe(4);
        Metric(report, "overdueTasks").Value.ShouldBe(2);
        Metric(report, "account1", "openTasks").Value.ShouldBe(2);
    }

    [Fact]
    public void win_rate_and_rounds_come_from_how_negotiations_ended()
    {
        var report = AgencyQuarter.Report(AgencyQuarter.Build());
        // Decided in the quarter: Gamma won, Delta won, Epsilon declined (Gamma's changes-requested is not a decision)
        // 2 / 3 × 100 = 66.67
        Metric(report, "proposalWinRate").Value.ShouldBe(66.67);
        // Rounds per won engagement: Gamma entered negotiation twice, Delta once → (2 + 1) / 2 = 1.5
        Metric(report, "negotiationRounds").Value.ShouldBe(1.5);
    }

    [Fact]
    public void an_owner_sees_only_their_engagements_and_their_own_breakdown()
    {
        var report = AgencyQuarter.Report(AgencyQuarter.Build(), owner: "account2");
        report.Owner.ShouldBe("account2");
        report.People.Select(p => p.Owner).ShouldBe(["account2"]);
        // account2's contracts: Delta 8,000 EUR (Beta's is GBP)
        Metric(report, "contracted").Value.ShouldBe(8000);
        report.Tasks.ShouldBe([new TaskLoad("account2", 1, 0)]);
        Metric(report, "clientsPerAccount").Value.ShouldBe(2);
    }

    [Fact]
    public void an_empty_history_gives_no_data_with_a_reason_for_every_kpi_but_the_task_counts()
    {
        var report = KpiCalculator.Compute(new HistoryBuilder().Stages("handoff").Build(), AgencyQuarter.Period, null, AgencyQuarter.Settings());
        foreach (var metric in report.Metrics.Where(m => m.Id is not ("openTasks" or "overdueTasks")))
        {
            metric.Value.ShouldBeNull(metric.Id);
            metric.NoData.ShouldNotBeNullOrWhiteSpace(metric.Id);
            metric.Formula.ShouldNotBeNullOrWhiteSpace(metric.Id);
        }
        Metric(report, "openTasks").Value.ShouldBe(0);
        report.People.Select(p => p.Owner).ShouldBe(["account1", "account2"]);
    }

    [Fact]
    public void a_client_whose_engagement_spans_the_period_start_counts_at_both_ends_but_not_as_new()
    {
        var history = new HistoryBuilder();
        history.Engagement("Spanning", "account1", "2025-11-01 10:00");
        history.Engagement("Newcomer", "account1", "2026-02-01 10:00", "2026-02-20 10:00", "completed");
        var report = KpiCalculator.Compute(history.Build(), AgencyQuarter.Period, null, AgencyQuarter.Settings());
        // S = {Spanning} = 1, E = {Spanning} = 1, N = {Newcomer} = 1 → (1 − 1) / 1 × 100 = 0
        Metric(report, "retention").Value.ShouldBe(0);
        // Both had an engagement open in the quarter: 2 clients / 2 account staff = 1
        Metric(report, "clientsPerAccount").Value.ShouldBe(1);
    }
}
