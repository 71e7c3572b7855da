using WorkflowAgency.Engine.Ports;

namespace WorkflowAgency.Templating.Templates;

/// <summary>The templates of one folder, loaded through the parse cache and checked without data.</summary>
internal sealed class TemplateLibrary(TemplateFolder folder, TemplateCache cache)
{
    private const string PartialFrontMatter = "Front matter (+++) is only read from a template's own .sbn-html, not from an included file.";

    public TemplateFolder Folder { get; } = folder;

    public TemplateCache Cache { get; } = cache;

    /// <summary>Both parts of <paramref name="templateName"/>, parsed; or every reason they cannot be rendered.</summary>
    public (TemplateParts? Parts, IReadOnlyList<TemplateError> Problems) Load(string templateName)
    {
        if (!Folder.TryResolve(templateName, TemplatePart.Html, out var htmlFile, out var problem))
            return (null, [TemplateErrors.About(templateName, problem)]);
        if (Cache.Load(htmlFile) is not { } html)
            return (null, [TemplateErrors.About(htmlFile.Name, MissingMessage(templateName, htmlFile))]);
        // The name is valid for both parts, but the text file may still be a link to outside.
        if (!Folder.TryResolve(templateName, TemplatePart.Text, out var textFile, out problem))
            return (null, [TemplateErrors.About(TemplatePart.Text.FileName(templateName), problem)]);

        var text = Cache.Load(textFile);
        var problems = html.Errors.Concat(text?.Errors ?? []).ToList();
        if (text is { HasFrontMatter: true })
            problems.Add(new TemplateError(text.File.Name, "Front matter (+++) belongs in the .sbn-html part; the text part sees its variables.", 1, 1));
        return problems.Count > 0 ? (null, problems) : (new TemplateParts(html, text), []);
    }

    /// <summary>What <see cref="Load"/> finds, plus missing or broken files named by <c>include 'literal'</c>.</summary>
    public IReadOnlyList<TemplateError> Check(string templateName)
    {
        var (parts, problems) = Load(templateName);
        if (parts is not { } template)
            return problems;

        var errors = new List<TemplateError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        CheckIncludes(template.Html, TemplatePart.Html, errors, seen);
        if (template.Text is not null)
            CheckIncludes(template.Text, TemplatePart.Text, errors, seen);
        return errors;
    }

    /// <summary>The problem to report when an included file turns out unusable at render time.</summary>
    public static TemplateError FrontMatterInPartial(TemplateFile file) => new(file.Name, PartialFrontMatter, 1, 1);

    private string MissingMessage(string templateName, TemplateFile file) =>
        Directory.Exists(Folder.Root)
            ? $"Template `{templateName}` not found: there is no file `{file.Name}` in the templates folder."
            : $"Template `{templateName}` not found: the templates folder `{Folder.Root}` does not exist.";

    private void CheckIncludes(LoadedTemplate file, TemplatePart part, List<TemplateError> errors, HashSet<string> seen)
    {
        foreach (var (name, span) in LiteralIncludes.In(file.Template!))
        {
            if (!Folder.TryResolve(name, part, out var included, out var problem))
            {
                errors.Add(TemplateErrors.At(file.File.Name, span, file.Source, $"Cannot include `{name}`: {problem}"));
                continue;
            }
            if (!seen.Add(included.Name))
                continue;
            if (Cache.Load(included) is not { } loaded)
            {
                errors.Add(TemplateErrors.At(file.File.Name, span, file.Source, $"Cannot include `{name}`: there is no file `{included.Name}` in the templates folder."));
                continue;
            }
            errors.AddRange(loaded.Errors);
            if (loaded.HasFrontMatter)
                errors.Add(FrontMatterInPartial(included));
            if (loaded.Template is not null)
                CheckIncludes(loaded, part, errors, seen);
        }
    }
}
