namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>One way out of a step: to the step <paramref name="Next"/> or out of the stage with the outcome <paramref name="End"/>.</summary>
/// <param name="Path">Property path of the object holding next/end, relative to the step; empty for the step itself.</param>
/// <param name="Next">The step it goes to, if any.</param>
/// <param name="End">The outcome it ends the stage with, if any.</param>
internal sealed record StepExit(string Path, string? Next, string? End)
{
    public string NextPath => Path.Length == 0 ? "Next" : $"{Path}.Next";

    public string EndPath => Path.Length == 0 ? "End" : $"{Path}.End";
}
