namespace WorkflowAgency.Server.Features.ClientLinks;

/// <summary>What the client page says for the purposes the shipped process asks about; anything else gets plain wording.</summary>
internal static class ClientPurposes
{
    public static (string Title, string Intro) Describe(string purpose, string agency) => purpose switch
    {
        "proposal_response" => ("Your proposal",
            $"Please review the proposal from {agency}. Accept it, or tell us what you would like changed."),
        "report_feedback" => ("Your final report",
            $"Here is the final report from {agency}. Let us know that all is clear, or ask us anything about it."),
        "survey" => ("How did we do?",
            $"Thank you for working with {agency}. Your answers take two minutes and help us look after you better."),
        _ => ("We would like your answer", $"{agency} is waiting for your answer."),
    };
}
