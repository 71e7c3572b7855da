using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace WorkflowAgency.Templating.Templates;

/// <summary>
/// Resolves <c>{{ include 'partials/footer' }}</c> to <c>partials/footer.sbn-html</c> (or <c>.sbn-txt</c> in
/// the text part) inside the templates folder, and refuses names that would leave it.
/// </summary>
/// <remarks>
/// Names are relative to the templates folder, not to the including file, so a partial reads the same
/// wherever it is used.
/// </remarks>
internal sealed class TemplateFolderLoader(TemplateLibrary library, TemplatePart part) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!library.Folder.TryResolve(templateName, part, out var file, out var problem))
            throw new ScriptRuntimeException(callerSpan, $"Cannot include `{templateName}`: {problem}");
        if (!File.Exists(file.FullPath))
            throw new ScriptRuntimeException(callerSpan, $"Cannot include `{templateName}`: there is no file `{file.Name}` in the templates folder.");
        return file.FullPath;
    }

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        library.Cache.Load(library.Folder.FromFullPath(templatePath))?.Source
        ?? throw new ScriptRuntimeException(callerSpan, $"The included file `{library.Folder.FromFullPath(templatePath).Name}` no longer exists.");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult(Load(context, callerSpan, templatePath));
}
