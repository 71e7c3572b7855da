using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Scriban.Runtime;
using Scriban.Syntax;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Templating.Conversion;
using WorkflowAgency.Templating.Sandbox;

namespace WorkflowAgency.Templating.Templates;

/// <summary>Renders the Scriban templates of a templates folder, sandboxed like expressions.</summary>
/// <remarks>
/// <para>
/// A template <c>emails/welcome</c> is the file <c>emails/welcome.sbn-html</c> (required) and, optionally,
/// <c>emails/welcome.sbn-txt</c>; without the latter, the text part is derived from the rendered HTML.
/// The <c>.sbn-html</c> may start with a front matter block between <c>+++</c> lines: Scriban code run before
/// either part, whose variables both parts see. A <c>subject</c> it sets (<c>subject = "Welcome, " +
/// client.name</c>) becomes the email subject, as plain text on one line.
/// </para>
/// <para>
/// In the HTML part every value written by <c>{{ }}</c> is HTML-escaped; the template's own text is not.
/// To write markup from code, use <c>html.raw</c> on markup the template builds itself, never on data:
/// <c>{{ html.raw "&lt;br&gt;" }}</c>. <c>html.escape</c> and <c>html.newline_to_br</c> escape once and are
/// not escaped again. The text part and the subject are never escaped.
/// </para>
/// <para>
/// <c>{{ include 'partials/footer' }}</c> renders <c>partials/footer.sbn-html</c> (<c>.sbn-txt</c> in the
/// text part); names are relative to the templates folder and cannot leave it. Templates see the model's
/// variables plus the expression builtins, <c>money</c> and <c>date_format</c> (see Templates/README.md in this project).
/// Parsed files are cached and read again when their last-write time changes. Safe to share between threads.
/// </para>
/// </remarks>
public sealed partial class ScribanTemplateRenderer : ITemplateRenderer
{
    private const string SubjectVariable = "subject";

    private readonly ScribanSandbox sandbox;
    private readonly TemplateLibrary library;

    /// <summary>Creates a renderer for the templates under <see cref="ScribanOptions.TemplatesRoot"/>.</summary>
    /// <exception cref="ArgumentException">The options have no templates folder or an invalid limit.</exception>
    public ScribanTemplateRenderer(ScribanOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.TemplatesRoot))
            throw new ArgumentException($"{nameof(ScribanOptions.TemplatesRoot)} must name the templates folder.", nameof(options));

        sandbox = new ScribanSandbox(options, TemplateBuiltins.Extend);
        library = new TemplateLibrary(new TemplateFolder(options.TemplatesRoot), new TemplateCache());
    }

    /// <summary>The absolute path of the templates folder.</summary>
    public string TemplatesRoot => library.Folder.Root;

    /// <inheritdoc />
    public TemplateRenderResult Render(string templateName, JsonObject model)
    {
        ArgumentNullException.ThrowIfNull(templateName);
        ArgumentNullException.ThrowIfNull(model);

        var (parts, problems) = library.Load(templateName);
        if (parts is not { } template)
            return TemplateRenderResult.Failure([.. problems]);

        using var timeLimit = new CancellationTokenSource(sandbox.Timeout);
        var current = template.Html;
        try
        {
            var htmlContext = CreateContext(TemplatePart.Html, model, timeLimit.Token, out var htmlVariables);
            var html = RenderPart(htmlContext, template.Html, template.Html);
            var subject = Subject(htmlContext, htmlVariables);

            string text;
            IEnumerable<LoadedTemplate> included = htmlContext.Included;
            if (template.Text is { } textFile)
            {
                current = textFile;
                // A context of its own, on its own copy of the model: nothing the HTML part changed leaks in.
                var textContext = CreateContext(TemplatePart.Text, model, timeLimit.Token, out _);
                text = RenderPart(textContext, template.Html, textFile);
                included = included.Concat(textContext.Included);
            }
            else
            {
                text = HtmlToText.Convert(html);
            }

            return TemplateRenderResult.Success(new RenderedTemplate(html, text, subject, TemplateVersion.Of(template.Html, template.Text, included)));
        }
        catch (IncludeFailedException error)
        {
            return TemplateRenderResult.Failure([RuntimeError(error, error.OriginalMessage, current), .. error.Errors]);
        }
        catch (ScriptRuntimeException error) when (timeLimit.IsCancellationRequested)
        {
            var limit = sandbox.Timeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture);
            return TemplateRenderResult.Failure(RuntimeError(error, $"Rendering exceeded its time limit of {limit} ms.", current));
        }
        catch (ScriptRuntimeException error)
        {
            return TemplateRenderResult.Failure(RuntimeError(error, error.OriginalMessage, current));
        }
    }

    /// <summary>
    /// Every problem that stops <paramref name="templateName"/> from rendering before any data is seen: a
    /// missing <c>.sbn-html</c>, parse errors in either part, and files named by <c>include 'literal'</c>
    /// that are missing or do not parse. Empty when the template is usable.
    /// </summary>
    /// <remarks>Meant for publishing a process definition, so that a mistake shows before an engagement hits it.</remarks>
    public IReadOnlyList<TemplateError> Check(string templateName)
    {
        ArgumentNullException.ThrowIfNull(templateName);
        return library.Check(templateName);
    }

    private TemplateRenderContext CreateContext(TemplatePart part, JsonObject model, CancellationToken cancellationToken, out ScriptObject templateVariables)
    {
        var context = sandbox.Configure(
            new TemplateRenderContext(sandbox.Builtins, library, part),
            JsonToScript.ToScriptObject(model),
            cancellationToken);
        context.TemplateLoader = new TemplateFolderLoader(library, part);
        // Scriban writes every top-level assignment to the last global pushed, so what the template sets
        // (subject above all) is kept apart from the model's own variables.
        templateVariables = new ScriptObject();
        context.PushGlobal(templateVariables);
        return context;
    }

    private static string RenderPart(TemplateRenderContext context, LoadedTemplate withFrontMatter, LoadedTemplate body)
    {
        if (withFrontMatter.Template!.Page?.FrontMatter is { } frontMatter)
        {
            // Front matter is code for setting variables; anything it would print is dropped.
            context.PushOutput();
            try
            {
                context.Evaluate(frontMatter);
            }
            finally
            {
                context.PopOutput();
            }
        }
        return body.Template!.Render(context);
    }

    /// <summary>The <c>subject</c> the template set, as one line of plain text; null when it set none.</summary>
    private static string? Subject(TemplateRenderContext context, ScriptObject templateVariables)
    {
        if (!templateVariables.TryGetValue(SubjectVariable, out var value) || value is null)
            return null;
        // Scalars only: an object or array would print as Scriban's debug form, or fail if it contains itself.
        if (value is IScriptObject or IScriptCustomFunction or (System.Collections.IEnumerable and not string))
            throw new ScriptRuntimeException(default, $"`{SubjectVariable}` must be text, not {context.GetTypeName(value)}.");
        // A subject is a mail header: a line break in it (from data people typed) would start a new header.
        var subject = LineBreaks().Replace(context.ObjectToString(value) ?? "", " ").Trim();
        return subject.Length == 0 ? null : subject;
    }

    private static TemplateError RuntimeError(ScriptRuntimeException error, string message, LoadedTemplate current)
    {
        var start = error.Span.Start;
        var file = string.IsNullOrEmpty(error.Span.FileName) ? current.File.Name : error.Span.FileName;
        return start.Line < 0 || start.Column < 0
            ? TemplateErrors.About(file, message)
            : new TemplateError(file, message, start.Line + 1, start.Column + 1);
    }

    [GeneratedRegex(@"[\r\n]+")]
    private static partial Regex LineBreaks();
}
