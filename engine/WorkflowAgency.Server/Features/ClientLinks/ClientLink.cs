using WorkflowAgency.Engine.State;
using WorkflowAgency.Engine.Steps;

namespace WorkflowAgency.Server.Features.ClientLinks;

/// <summary>What a client link leads to right now.</summary>
/// <param name="Step">The waiting step of the engagement's process version, for its questions and answers' labels.</param>
internal sealed record ClientLink(
    ClientLinkStatus Status,
    Guid WaitId = default,
    Engagement? Engagement = null,
    WaitForClientStep? Step = null,
    ClientAnswer? Answer = null);
