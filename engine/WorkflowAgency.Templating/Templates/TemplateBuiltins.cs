using System.Text.RegularExpressions;
using Scriban;
using Scriban.Runtime;
using WorkflowAgency.Templating.Sandbox;

namespace WorkflowAgency.Templating.Templates;

/// <summary>What templates have on top of the expression builtins: trusted HTML and an include that keeps markup.</summary>
internal static partial class TemplateBuiltins
{
    /// <summary>Adds the template functions to <paramref name="builtins"/> before the sandbox freezes them.</summary>
    public static void Extend(ScriptObject builtins)
    {
        var html = SandboxBuiltins.Member(builtins, "html");
        html.SetValue("raw", DynamicCustomFunction.Create(new Func<TemplateContext, object?, TrustedHtml>(Raw)), readOnly: true);
        // Scriban's versions return plain strings, which the HTML part would escape again: `{{ x | html.escape }}`
        // would show &amp;lt; and `html.newline_to_br` would show its <br />.
        html.SetValue("escape", DynamicCustomFunction.Create(new Func<TemplateContext, object?, TrustedHtml?>(Escape)), readOnly: true);
        html.SetValue("newline_to_br", DynamicCustomFunction.Create(new Func<TemplateContext, object?, TrustedHtml?>(NewlineToBr)), readOnly: true);
        html.SetValue("table", DynamicCustomFunction.Create(new Func<TemplateContext, object?, object?, TrustedHtml>(HtmlTable.Render)), readOnly: true);

        if (builtins["include"] is not IScriptCustomFunction include)
            throw new InvalidOperationException("This Scriban version has no `include` function.");
        builtins.SetValue("include", new TrustedInclude(include), readOnly: true);
    }

    /// <summary><c>html.raw value</c>: written as is in the HTML part. Only for markup the template itself made.</summary>
    private static TrustedHtml Raw(TemplateContext context, object? value) =>
        value as TrustedHtml ?? new TrustedHtml(context.ObjectToString(value) ?? "");

    /// <summary><c>html.escape value</c>: the value as text, escaped once.</summary>
    private static TrustedHtml? Escape(TemplateContext context, object? value) =>
        value is null ? null : new TrustedHtml(HtmlEscaping.Escape(context.ObjectToString(value) ?? ""));

    /// <summary><c>html.newline_to_br value</c>: the value escaped, with a <c>&lt;br /&gt;</c> before each line break.</summary>
    private static TrustedHtml? NewlineToBr(TemplateContext context, object? value) => value switch
    {
        null => null,
        TrustedHtml trusted => new TrustedHtml(LineBreak().Replace(trusted.Html, "<br />$0")),
        _ => new TrustedHtml(LineBreak().Replace(HtmlEscaping.Escape(context.ObjectToString(value) ?? ""), "<br />$0")),
    };

    [GeneratedRegex(@"\r\n|\r|\n")]
    private static partial Regex LineBreak();
}
