using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace WorkflowAgency.Templating.Templates;

/// <summary>
/// The context one part of a template renders in: it HTML-escapes every value written by <c>{{ }}</c> in
/// the HTML part, and takes included files from the shared parse cache.
/// </summary>
/// <remarks>
/// Scriban writes template text through <c>Write(ScriptStringSlice)</c> and the value of each <c>{{ }}</c>
/// through the virtual <see cref="Write(SourceSpan, object)"/>, so overriding the latter escapes exactly
/// the inserted values and never the template's own markup.
/// </remarks>
internal sealed class TemplateRenderContext : TemplateContext
{
    private readonly TemplateLibrary library;
    private readonly TemplatePart part;
    private readonly List<LoadedTemplate> included = [];

    public TemplateRenderContext(ScriptObject builtins, TemplateLibrary library, TemplatePart part)
        : base(builtins)
    {
        this.library = library;
        this.part = part;
    }

    /// <summary>The files included so far, for the rendered template's version.</summary>
    public IReadOnlyList<LoadedTemplate> Included => included;

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        // A captured block (IScriptOutput) was rendered by this context, so its values are escaped already.
        if (!part.EscapesHtml || textAsObject is null or TrustedHtml or IScriptOutput)
            return base.Write(span, textAsObject);

        var text = ObjectToString(textAsObject);
        return text is null ? this : Write(HtmlEscaping.Escape(text));
    }

    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext)
    {
        var span = callerContext?.Span ?? CurrentSpan;
        var file = library.Folder.FromFullPath(templatePath);
        var loaded = library.Cache.Load(file)
            ?? throw new ScriptRuntimeException(span, $"The included file `{file.Name}` no longer exists.");

        if (loaded.Template is null)
            throw new IncludeFailedException(span, $"The included file `{file.Name}` has errors.", loaded.Errors);
        if (loaded.HasFrontMatter)
        {
            throw new IncludeFailedException(span, $"The included file `{file.Name}` has front matter, which only a template's own .sbn-html may have.",
                [TemplateLibrary.FrontMatterInPartial(file)]);
        }

        included.Add(loaded);
        return loaded.Template;
    }
}
