using WorkflowAgency.Engine.Runtime;

namespace WorkflowAgency.Engine.Steps;

/// <summary>A step of a stage's flowchart. Each step type is a subclass with typed inputs.</summary>
public abstract class Step
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    /// <summary>The type name used in definitions (see <see cref="Definitions.Json.StepTypes"/>).</summary>
    public abstract string Type { get; }

    /// <summary>JSON Pointer of this step in its definition, so incidents can say where the problem is.</summary>
    public required string Path { get; init; }

    /// <summary>Runs the step when a path reaches it.</summary>
    internal abstract StepResult Execute(StepContext context);

    /// <summary>Continues a step that waited, when the thing it waited for happens.</summary>
    internal virtual StepResult Resume(StepContext context, ResumeEvent resume) =>
        StepResult.Fail($"a {Type} step cannot be resumed by {resume.Describe()}");
}
