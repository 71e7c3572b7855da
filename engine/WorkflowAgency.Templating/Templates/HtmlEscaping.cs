using System.Text;

namespace WorkflowAgency.Templating.Templates;

/// <summary>Escapes text for HTML element content and quoted attribute values.</summary>
/// <remarks>
/// Only the five characters that can end text or an attribute are replaced. <c>WebUtility.HtmlEncode</c>
/// would also turn £ and é into numeric entities, which is valid but makes emails hard to read as source.
/// </remarks>
internal static class HtmlEscaping
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
            return text;

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&#39;"),
                _ => escaped.Append(c),
            };
        }
        return escaped.ToString();
    }
}
