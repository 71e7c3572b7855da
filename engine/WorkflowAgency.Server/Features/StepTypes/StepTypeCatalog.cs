using WorkflowAgency.Engine.Definitions.Json;
using EngineStepTypes = WorkflowAgency.Engine.Definitions.Json.StepTypes;
using K = WorkflowAgency.Server.Features.StepTypes.PropertyKinds;
using P = WorkflowAgency.Server.Features.StepTypes.StepPropertyInfo;

namespace WorkflowAgency.Server.Features.StepTypes;

/// <summary>
/// Metadata for every step type the engine runs, so the designer builds its palette and panels from data.
/// A test checks it covers <see cref="EngineStepTypes.All"/>: a new step type without an entry fails the build's tests.
/// </summary>
internal static class StepTypeCatalog
{
    private const string Flow = "flow";
    private static readonly P Next = new("next", "Then", K.StepRef, Group: "exit", Help: "The step to go to next.");
    private static readonly P End = new("end", "Or end the stage with", K.Outcome, Group: "exit", Help: "An outcome; a transition on it picks the next stage.");

    public static IReadOnlyList<StepTypeInfo> All { get; } =
    [
        new(EngineStepTypes.HumanTask, "Task", "people", "A task with a form in someone's inbox; the process waits for it.", true,
        [
            new("title", "Title", K.TextTemplate, Required: true),
            new("description", "Description", K.TextTemplate),
            new("assignee", "Assignee", K.UserOrRole, Help: "Blank gives it to the engagement's owner."),
            new("due", "Due", K.Duration),
            new("priority", "Priority", K.Choice, Options: ["low", "normal", "high", "urgent"]),
            new("form", "Form", K.Form, Options: [.. FieldTypes.Form.Order(StringComparer.Ordinal)]),
            new("outcomes", "Outcomes", K.Choices, Group: "exit", Help: "Buttons that complete the task, each leading somewhere; instead of next/end."),
            Next,
            End,
        ]),
        new(EngineStepTypes.SendEmail, "Send email", "client", "Renders an email template and sends it through the outbox.", false,
        [
            new("template", "Template", K.Template, Required: true, Folder: "emails"),
            new("to", "To", K.TextTemplate, Help: "The client when blank."),
            new("subject", "Subject", K.TextTemplate, Help: "The template's own subject when blank."),
            new("attach", "Attach documents", K.Documents),
            Next,
            End,
        ]),
        new(EngineStepTypes.RenderDocument, "Render document", "documents", "Renders a document template and stores it as a new version.", false,
        [
            new("template", "Template", K.Template, Required: true, Folder: "documents"),
            new("as", "Store as", K.DocumentName, Required: true),
            Next,
            End,
        ]),
        new(EngineStepTypes.Decision, "Decision", Flow, "Chooses the way on by conditions, tried in order.", false,
        [
            new("cases", "Cases", K.Cases, Required: true),
            new("otherwise", "Otherwise", K.Exit, Required: true),
        ]),
        new(EngineStepTypes.SetVariables, "Set variables", "data", "Computes and stores variables.", false,
        [
            new("set", "Set", K.VariableMap, Required: true),
            Next,
            End,
        ]),
        new(EngineStepTypes.Timer, "Timer", "time", "Waits for a duration or until a date.", true,
        [
            new("duration", "Wait for", K.Duration, Group: "when"),
            new("until", "Wait until", K.Expression, Group: "when"),
            Next,
            End,
        ]),
        new(EngineStepTypes.WaitForClient, "Wait for client", "client", "Emails the client a signed link and waits for their answer.", true,
        [
            new("purpose", "Purpose", K.Text, Help: "What the answer is stored as, e.g. proposal_response."),
            new("template", "Email with the link", K.Template, Folder: "emails"),
            new("attach", "Attach documents", K.Documents),
            new("form", "Questions", K.Form, Options: [.. FieldTypes.Form.Order(StringComparer.Ordinal)]),
            new("responses", "Answers", K.Choices, Required: true),
            new("timeout", "Give up after", K.Duration),
            new("onTimeout", "On timeout", K.Exit),
        ]),
        new(EngineStepTypes.WaitForSignal, "Wait for signal", "time", "Waits for a named signal from outside (e.g. payment received).", true,
        [
            new("signal", "Signal", K.Text, Required: true),
            new("timeout", "Give up after", K.Duration),
            new("onTimeout", "On timeout", K.Exit),
            Next,
            End,
        ]),
        new(EngineStepTypes.Parallel, "Parallel", Flow, "Starts several branches at once.", false,
        [
            new("branches", "Branches", K.StepRefs, Required: true),
            new("join", "Join at", K.StepRef, Required: true),
        ]),
        new(EngineStepTypes.Join, "Join", Flow, "Waits for every branch of its parallel step, then goes on as one path.", false,
        [
            Next,
            End,
        ]),
    ];
}
