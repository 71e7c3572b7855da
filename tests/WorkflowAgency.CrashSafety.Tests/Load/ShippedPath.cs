using System.Text.Json.Nodes;

namespace WorkflowAgency.CrashSafety.Tests.Load;

/// <summary>
/// The stretch of the shipped process (<c>workflows/client-engagement.json</c>) the load drives, from the handoff to
/// the proposal in the client's hands, and the emails it promises on the way: <c>welcome</c> on entering handoff,
/// <c>brief-received</c> after each brief captured, <c>proposal-sent</c> when the manager approves a proposal.
/// </summary>
/// <remarks>
/// The analysis sometimes asks for more information, looping back to the brief, so an engagement can owe the
/// client more than one <c>brief-received</c>; the oracle counts them from the completions that committed.
/// </remarks>
internal static class ShippedPath
{
    public const string Welcome = "emails/welcome";
    public const string BriefReceived = "emails/brief-received";
    public const string ProposalSent = "emails/proposal-sent";

    /// <summary>The first task of every engagement.</summary>
    public const string FirstStep = "contact";

    /// <summary>What the load sends for the open task <paramref name="stepId"/>.</summary>
    public static StepAction ActionFor(string stepId, Random random) => stepId switch
    {
        "contact" => new("account1", null, new JsonObject { ["needs"] = "More online orders", ["budget"] = 30000 }),
        "capture" => new("account1", null, new JsonObject
        {
            ["objectives"] = "Grow online orders",
            ["target_audience"] = "Commuters aged 25-45",
            ["channels"] = new JsonArray("seo", "social"),
            ["budget"] = 30000,
            ["start_date"] = "2026-04-01",
            ["end_date"] = "2026-06-30",
        }),
        // One analysis in five sends the brief back for more, so some engagements loop and owe a second email.
        "analyse" => new("account1", random.Next(5) == 0 ? "more-info" : "ready", new JsonObject { ["success_measures"] = "Orders +40%" }),
        "draft" => new("account1", null, new JsonObject
        {
            ["project_name"] = "Spring growth",
            ["executive_summary"] = "A spring campaign.",
            ["scope_included"] = "SEO",
            ["deliverables"] = "Landing page | 2026-04-15 | The landing page",
            ["fee_lines"] = "Strategy | 6000",
            ["fee"] = 6000,
        }),
        "review" => new("manager", "approve", null),
        _ => throw new InvalidOperationException($"the load does not drive step '{stepId}'"),
    };

    /// <summary>
    /// Replays committed task completions (step and outcome, in journal order) from the start: where the engagement
    /// must be now and which emails it owes, or the first completion that does not fit the process.
    /// </summary>
    public static Replay Replay(IEnumerable<(string StepId, string? Outcome)> completions)
    {
        string? open = FirstStep;
        var emails = new List<string> { Welcome };
        foreach (var (step, outcome) in completions)
        {
            if (step != open)
                return new Replay(open, emails, $"'{step}' was completed while '{open ?? "(nothing)"}' was the open task");
            (open, var email) = (step, outcome) switch
            {
                ("contact", _) => ("capture", null),
                ("capture", _) => ("analyse", BriefReceived),
                ("analyse", "ready") => ("draft", null),
                ("analyse", "more-info") => ("capture", (string?)null),
                ("draft", _) => ("review", null),
                ("review", "approve") => (null, ProposalSent),
                _ => throw new InvalidOperationException($"no rule for '{step}' with outcome '{outcome}'"),
            };
            if (email is not null)
                emails.Add(email);
        }
        return new Replay(open, emails, null);
    }

    /// <summary>The stage the engagement must be in while <paramref name="openStep"/> is open (null: the proposal went out).</summary>
    public static string StageOf(string? openStep) => openStep switch
    {
        "contact" => "handoff",
        "capture" or "analyse" => "brief",
        "draft" or "review" => "proposal",
        null => "negotiation",
        _ => throw new InvalidOperationException($"unknown step '{openStep}'"),
    };
}
