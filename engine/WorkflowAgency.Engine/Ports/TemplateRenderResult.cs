namespace WorkflowAgency.Engine.Ports;

/// <summary>A rendered template, or why it could not be rendered.</summary>
public sealed record TemplateRenderResult(RenderedTemplate? Value, IReadOnlyList<TemplateError> Errors)
{
    public bool Succeeded => Value is not null && Errors.Count == 0;

    public static TemplateRenderResult Success(RenderedTemplate value) => new(value, []);

    public static TemplateRenderResult Failure(params TemplateError[] errors) => new(null, errors);
}
