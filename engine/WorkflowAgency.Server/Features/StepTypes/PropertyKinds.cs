namespace WorkflowAgency.Server.Features.StepTypes;

/// <summary>Which editor the designer's property panel shows for a step property.</summary>
internal static class PropertyKinds
{
    /// <summary>Plain text.</summary>
    public const string Text = "text";

    /// <summary>Text with <c>{{ }}</c> placeholders (titles, subjects).</summary>
    public const string TextTemplate = "textTemplate";

    /// <summary>A Scriban expression (<c>budget &gt; 10000</c>).</summary>
    public const string Expression = "expression";

    /// <summary>One of <see cref="StepPropertyInfo.Options"/>.</summary>
    public const string Choice = "choice";

    /// <summary>An ISO 8601 duration (<c>P3D</c>) or text with <c>{{ }}</c> giving a date.</summary>
    public const string Duration = "duration";

    /// <summary>A user name, <c>role:x</c> or <c>group:x</c>; blank means the engagement's owner.</summary>
    public const string UserOrRole = "userOrRole";

    /// <summary>A template name from <c>GET /api/templates</c>, in the folder given by <see cref="StepPropertyInfo.Folder"/>.</summary>
    public const string Template = "template";

    /// <summary>A name for a stored document (<c>proposal</c>).</summary>
    public const string DocumentName = "documentName";

    /// <summary>A list of document names rendered earlier in the process.</summary>
    public const string Documents = "documents";

    /// <summary>Form fields; <see cref="StepPropertyInfo.Options"/> lists the field types.</summary>
    public const string Form = "form";

    /// <summary>Named choices each leading to a step or ending the stage (task outcomes, client responses).</summary>
    public const string Choices = "choices";

    /// <summary>Decision cases: a condition and where it leads.</summary>
    public const string Cases = "cases";

    /// <summary>Where to go: <c>{ next }</c> or <c>{ end }</c>.</summary>
    public const string Exit = "exit";

    /// <summary>The id of a step in the same stage.</summary>
    public const string StepRef = "stepRef";

    /// <summary>Several step ids in the same stage.</summary>
    public const string StepRefs = "stepRefs";

    /// <summary>A stage outcome name; transitions pick the next stage by it.</summary>
    public const string Outcome = "outcome";

    /// <summary>Variable names to expressions.</summary>
    public const string VariableMap = "variableMap";
}
