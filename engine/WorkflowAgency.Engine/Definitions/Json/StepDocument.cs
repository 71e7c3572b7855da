using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowAgency.Engine.Definitions.Json;

/// <summary>
/// One step of a stage's flowchart, as written. A single flat shape for every step type so that a
/// definition with an unknown or misspelt type still reads, and validation can report every problem.
/// Which properties apply depends on <see cref="Type"/> (see <see cref="StepTypes"/>).
/// </summary>
public sealed class StepDocument
{
    public string? Id { get; set; }

    public string? Type { get; set; }

    /// <summary>Optional display name for the designer and the journal.</summary>
    public string? Name { get; set; }

    // Where to go when the step is done: the next step, or end the stage with an outcome.
    public string? Next { get; set; }

    public string? End { get; set; }

    // humanTask
    public string? Title { get; set; }

    public string? Description { get; set; }

    /// <summary>A user name, <c>role:name</c>, <c>group:name</c>, or text with placeholders giving one of those.</summary>
    public string? Assignee { get; set; }

    /// <summary>An ISO 8601 duration (<c>P3D</c>) or an expression in <c>{{ }}</c> giving a date.</summary>
    public string? Due { get; set; }

    /// <summary><c>low</c>, <c>normal</c>, <c>high</c> or <c>urgent</c>.</summary>
    public string? Priority { get; set; }

    public FormDocument? Form { get; set; }

    public List<ChoiceDocument>? Outcomes { get; set; }

    // sendEmail
    public string? To { get; set; }

    public string? Subject { get; set; }

    // sendEmail and waitForClient
    public List<string>? Attach { get; set; }

    // sendEmail and renderDocument; for waitForClient, the email that carries the client's link
    public string? Template { get; set; }

    // renderDocument
    public string? As { get; set; }

    // decision
    public List<CaseDocument>? Cases { get; set; }

    public ExitDocument? Otherwise { get; set; }

    // setVariables: variable name to expression
    public Dictionary<string, string>? Set { get; set; }

    // timer
    public string? Duration { get; set; }

    public string? Until { get; set; }

    // waitForClient
    public string? Purpose { get; set; }

    public List<ChoiceDocument>? Responses { get; set; }

    // waitForClient and waitForSignal
    public string? Timeout { get; set; }

    public ExitDocument? OnTimeout { get; set; }

    // waitForSignal
    public string? Signal { get; set; }

    // parallel
    public List<string>? Branches { get; set; }

    public string? Join { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
