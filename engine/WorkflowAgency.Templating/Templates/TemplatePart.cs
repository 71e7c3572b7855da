namespace WorkflowAgency.Templating.Templates;

/// <summary>One of a template's two files: the HTML part (escaped, required) or the plain-text part.</summary>
internal sealed class TemplatePart
{
    /// <summary><c>&lt;name&gt;.sbn-html</c>: every inserted value is HTML-escaped.</summary>
    public static readonly TemplatePart Html = new(".sbn-html", escapesHtml: true);

    /// <summary><c>&lt;name&gt;.sbn-txt</c>: plain text, nothing escaped.</summary>
    public static readonly TemplatePart Text = new(".sbn-txt", escapesHtml: false);

    private TemplatePart(string extension, bool escapesHtml)
    {
        Extension = extension;
        EscapesHtml = escapesHtml;
    }

    public string Extension { get; }

    public bool EscapesHtml { get; }

    /// <summary>The part's file name relative to the templates folder, e.g. <c>emails/welcome.sbn-html</c>.</summary>
    public string FileName(string templateName) => templateName + Extension;
}
