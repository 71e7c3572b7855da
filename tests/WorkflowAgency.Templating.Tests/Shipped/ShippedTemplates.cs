using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Templating.Templates;

namespace WorkflowAgency.Templating.Tests.Shipped;

/// <summary>The templates shipped in the repository's templates/ folder, the sample engagement, and renderers over them.</summary>
public static class ShippedTemplates
{
    /// <summary>The variables every template sees, whatever the stage.</summary>
    public static readonly string[] Base = ["client", "engagement", "agency", "owner_name", "culture", "time_zone", "currency"];

    /// <summary>Every shipped template, with the moment it is rendered at in the sample engagement's life.</summary>
    public static readonly ShippedCase[] Cases =
    [
        new("emails/welcome", "2026-02-16T10:30:00Z"),
        new("emails/brief-received", "2026-02-24T15:00:00Z"),
        new("documents/proposal", "2026-03-02T09:30:00Z"),
        new("emails/proposal-sent", "2026-03-02T09:35:00Z"),
        new("emails/proposal-reminder", "2026-03-25T08:00:00Z"),
        new("emails/contract-won", "2026-03-13T10:00:00Z"),
        new("emails/deliverable-ready", "2026-04-30T14:00:00Z"),
        new("documents/final-report", "2026-08-14T08:00:00Z"),
        new("emails/report-delivered", "2026-08-14T09:00:00Z", """{ "link_expires_at": "2026-08-28T22:59:00Z" }"""),
        new("documents/closure", "2026-08-21T09:00:00Z"),
        new("emails/invoice-issued", "2026-08-21T09:30:00Z"),
        new("emails/payment-reminder", "2026-09-21T08:00:00Z"),
        new("emails/payment-received", "2026-09-16T12:00:00Z"),
        new("emails/aftercare-checkin", "2026-09-30T09:00:00Z", """{ "link_expires_at": "2026-10-14T22:59:00Z" }"""),
        new("emails/renewal-reminder", "2026-11-02T09:00:00Z"),
    ];

    /// <summary>The emails that carry the signed link of a client wait.</summary>
    public static readonly string[] LinkEmails = ["emails/proposal-sent", "emails/proposal-reminder", "emails/report-delivered", "emails/aftercare-checkin"];

    /// <summary>The folder holding WorkflowAgency.sln, found from the test binaries.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The shipped templates themselves, never a copy.</summary>
    public static string Root => Path.Combine(RepositoryRoot, "templates");

    public static IReadOnlyList<TemplateContract> Contracts { get; } = TemplateContract.ReadAll(Path.Combine(Root, "README.md"));

    public static TheoryData<string> Names => [.. Cases.Select(c => c.Template)];

    public static ShippedCase Case(string template) => Cases.Single(c => c.Template == template);

    public static TemplateContract Contract(string template) =>
        Contracts.SingleOrDefault(c => c.Template == template)
        ?? throw new InvalidOperationException($"templates/README.md has no row for `{template}`.");

    /// <summary>A renderer over the shipped templates whose <c>date.utc_now</c> is <paramref name="now"/>.</summary>
    public static ScribanTemplateRenderer Renderer(DateTimeOffset now) =>
        new(new ScribanOptions { TemplatesRoot = Root, TimeProvider = new FakeTimeProvider(now) });

    public static TemplateRenderResult Render(ShippedCase shipped, JsonObject model) => Renderer(shipped.Clock).Render(shipped.Template, model);

    /// <summary>A fresh copy of the sample engagement, every variable of the contract filled in.</summary>
    public static JsonObject Sample() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Shipped", "sample-engagement.json")))!.AsObject();

    /// <summary>
    /// Only what <paramref name="contract"/> says the template's stage guarantees: the base variables (a client
    /// without company or phone), the variables it needs with their sample values, and the optional ones as null.
    /// </summary>
    public static JsonObject Minimal(TemplateContract contract)
    {
        var sample = Sample();
        var minimal = new JsonObject();
        foreach (var name in Base.Concat(contract.Needs))
            minimal[name] = sample[name]?.DeepClone();
        foreach (var name in contract.MayBeNull)
            minimal[name] = null;
        minimal["client"] = new JsonObject { ["name"] = "Hannah Okafor", ["email"] = "hannah.okafor@greenleaf-home.example" };
        return minimal;
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "WorkflowAgency.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds WorkflowAgency.sln.");
    }
}
