using System.Globalization;
using System.Text;

namespace WorkflowAgency.Server.Features.Kpis;

/// <summary>
/// The report as CSV, one metric per row: the whole scope first (<c>all</c>, or the owner), then each person, then
/// each currency's totals. Text cells that a spreadsheet would run as a formula are prefixed with a quote.
/// </summary>
internal static class KpiCsv
{
    public const string Header = "scope,metric,label,value,unit,sample,no_data,formula";

    public static string Write(KpiReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        foreach (var metric in report.Metrics)
            Row(csv, report.Owner ?? "all", metric);
        foreach (var person in report.People)
        {
            foreach (var metric in person.Metrics)
                Row(csv, "person:" + person.Owner, metric);
        }
        foreach (var load in report.Tasks)
        {
            Row(csv, "tasks:" + load.Person, Metric.Of("openTasks", "Open tasks", load.Open, MetricUnits.Count, "open tasks held at the end of the period", load.Open));
            Row(csv, "tasks:" + load.Person, Metric.Of("overdueTasks", "Overdue tasks", load.Overdue, MetricUnits.Count, "open tasks past their due time at the end of the period", load.Open));
        }
        foreach (var totals in report.Currencies)
        {
            var scope = "currency:" + totals.Currency;
            Row(csv, scope, Metric.Of("contracted", "Contracted", (double)totals.Contracted, MetricUnits.Money, "contract values signed in the period", 0));
            Row(csv, scope, Metric.Of("invoiced", "Invoiced", (double)totals.Invoiced, MetricUnits.Money, "invoices issued in the period", 0));
            Row(csv, scope, Metric.Of("collected", "Collected", (double)totals.Collected, MetricUnits.Money, "payments received in the period", 0));
            Row(csv, scope, Metric.Of("overdueAmount", "Overdue amount", (double)totals.OverdueAmount, MetricUnits.Money, "owed on overdue invoices at the end of the period", totals.OverdueInvoices));
        }
        return csv.ToString();
    }

    private static void Row(StringBuilder csv, string scope, Metric metric)
    {
        csv.Append(Text(scope)).Append(',')
            .Append(Text(metric.Id)).Append(',')
            .Append(Text(metric.Label)).Append(',')
            .Append(metric.Value?.ToString("0.##", CultureInfo.InvariantCulture)).Append(',')
            .Append(metric.Unit).Append(',')
            .Append(metric.Sample.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(Text(metric.NoData ?? "")).Append(',')
            .Append(Text(metric.Formula)).Append("\r\n");
    }

    private static string Text(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
