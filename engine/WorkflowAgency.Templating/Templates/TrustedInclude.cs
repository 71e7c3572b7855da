using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace WorkflowAgency.Templating.Templates;

/// <summary>Scriban's <c>include</c>, with its result marked as <see cref="TrustedHtml"/>.</summary>
/// <remarks>
/// An included template is rendered, with its own values escaped, into a string that the including
/// template then writes; without the mark that string would be escaped a second time and its markup shown.
/// </remarks>
internal sealed class TrustedInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Trust(include.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Trust(await include.InvokeAsync(context, callerContext, arguments, blockStatement));

    private static TrustedHtml? Trust(object? rendered) => rendered is null ? null : new TrustedHtml(rendered.ToString() ?? "");
}
