using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace WorkflowAgency.Templating.Templates;

/// <summary>The plain-text part of a template that has no <c>.sbn-txt</c>, derived from its rendered HTML.</summary>
/// <remarks>
/// Not a browser: enough for the markup templates are written in. Blocks and <c>&lt;br&gt;</c> become line
/// breaks (paragraphs, headings, lists and tables a blank line), list items start with "- ", table rows are
/// lines with cells separated by " | ", links keep their address in brackets, entities are decoded, and
/// head, style and script content is dropped. Runs of spaces become one and blank lines at most one.
/// </remarks>
internal sealed partial class HtmlToText
{
    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre", "hr", "address", "figure",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "section", "article", "aside", "header", "footer", "main", "nav", "form", "fieldset", "figcaption",
        "caption", "thead", "tbody", "tfoot", "tr", "li", "dt", "dd",
    };

    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "title", "style", "script", "template", "noscript",
    };

    private readonly StringBuilder output = new();
    private readonly Stack<(string? Href, int Start)> links = new();
    private int cellsInRow;
    private int preDepth;

    /// <summary>The text a reader of <paramref name="html"/> would see, line by line.</summary>
    public static string Convert(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return new HtmlToText().Run(html);
    }

    private string Run(string html)
    {
        var position = 0;
        foreach (Match tag in Markup().Matches(html))
        {
            if (tag.Index < position)
                continue; // inside a hidden element already skipped
            AppendText(html[position..tag.Index]);
            position = tag.Index + tag.Length;

            var name = tag.Groups["name"].Value;
            if (name.Length == 0)
                continue; // comment, doctype or processing instruction
            if (tag.Groups["close"].Length > 0)
                Close(name);
            else if (Hidden.Contains(name))
                position = SkipElement(html, name, position);
            else
                Open(name, tag.Groups["attributes"].Value);
        }
        AppendText(html[position..]);
        return Tidy(output.ToString());
    }

    private void Open(string name, string attributes)
    {
        switch (name.ToLowerInvariant())
        {
            case "br":
                TrimTrailingSpaces();
                output.Append('\n');
                return;
            case "li":
                Break(1);
                output.Append("- ");
                return;
            case "tr":
                Break(1);
                cellsInRow = 0;
                return;
            case "td" or "th":
                if (cellsInRow++ > 0)
                {
                    TrimTrailingSpaces();
                    output.Append(" | ");
                }
                return;
            case "a":
                links.Push((Href(attributes), output.Length));
                return;
            case "pre":
                preDepth++;
                break;
        }
        BreakFor(name);
    }

    private void Close(string name)
    {
        switch (name.ToLowerInvariant())
        {
            case "a" when links.Count > 0:
                CloseLink(links.Pop());
                return;
            case "pre" when preDepth > 0:
                preDepth--;
                break;
        }
        BreakFor(name);
    }

    /// <summary>Keeps a link's address in the text, unless the link text already is it.</summary>
    private void CloseLink((string? Href, int Start) link)
    {
        if (link.Href is null || !link.Href.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            return;
        var text = output.ToString(link.Start, output.Length - link.Start).Trim();
        if (text == link.Href)
            return;
        TrimTrailingSpaces();
        output.Append(text.Length == 0 ? link.Href : $" ({link.Href})");
    }

    private void BreakFor(string name)
    {
        if (Paragraphs.Contains(name))
            Break(2);
        else if (Lines.Contains(name))
            Break(1);
    }

    /// <summary>Ends the current line, leaving <paramref name="newlines"/> line breaks (2: a blank line) unless there are as many.</summary>
    private void Break(int newlines)
    {
        TrimTrailingSpaces();
        if (output.Length == 0)
            return;
        var existing = 0;
        while (existing < output.Length && output[output.Length - 1 - existing] == '\n')
            existing++;
        output.Append('\n', Math.Max(0, newlines - existing));
    }

    private void AppendText(string html)
    {
        if (html.Length == 0)
            return;
        var text = WebUtility.HtmlDecode(html);
        foreach (var c in text)
        {
            if (preDepth > 0)
                output.Append(c == '\r' ? '\n' : c);
            // Only ASCII whitespace collapses in HTML; &nbsp; and the narrow no-break spaces cultures put in
            // numbers ("4 200,00 €") stay, so the text wraps where the HTML would.
            else if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                AppendSpace();
            else
                output.Append(c);
        }
    }

    /// <summary>Whitespace in HTML text is one space, and none at the start of a line.</summary>
    private void AppendSpace()
    {
        if (output.Length > 0 && output[^1] is not (' ' or '\n'))
            output.Append(' ');
    }

    private void TrimTrailingSpaces()
    {
        while (output.Length > 0 && output[^1] == ' ')
            output.Length--;
    }

    private static int SkipElement(string html, string name, int from)
    {
        var end = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        if (end < 0)
            return html.Length;
        var close = html.IndexOf('>', end);
        return close < 0 ? html.Length : close + 1;
    }

    private static string? Href(string attributes)
    {
        var match = HrefAttribute().Match(attributes);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["value"].Value).Trim() : null;
    }

    /// <summary>Trims the end of every line, keeps at most one blank line in a row, and none at either end.</summary>
    private static string Tidy(string text)
    {
        // Only trailing: leading spaces come from <pre> alone, which keeps its indentation.
        var lines = text.Split('\n').Select(line => line.TrimEnd(' ', '\t'));
        var result = new StringBuilder(text.Length);
        var blank = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank = result.Length > 0;
                continue;
            }
            if (result.Length > 0)
                result.Append(blank ? "\n\n" : "\n");
            result.Append(line);
            blank = false;
        }
        return result.ToString();
    }

    // A comment, a tag (its attributes may quote a `>`), or a doctype / processing instruction.
    [GeneratedRegex("""<!--.*?-->|<(?<close>/?)(?<name>[a-zA-Z][a-zA-Z0-9]*)(?<attributes>(?:[^>"']|"[^"]*"|'[^']*')*)>|<[!?][^>]*>""", RegexOptions.Singleline)]
    private static partial Regex Markup();

    [GeneratedRegex("""\bhref\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s>]+))""", RegexOptions.IgnoreCase)]
    private static partial Regex HrefAttribute();
}
