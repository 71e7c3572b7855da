using WorkflowAgency.Templating.Templates;

namespace WorkflowAgency.Templating.Tests.Templates;

public sealed class HtmlToTextTests
{
    [Theory]
    [InlineData("<p>One</p><p>Two</p>", "One\n\nTwo")]
    [InlineData("<h1>Title</h1>Body", "Title\n\nBody")]
    [InlineData("Line one<br>Line two<br/>Line three", "Line one\nLine two\nLine three")]
    [InlineData("<div>a</div><div>b</div>", "a\nb")]
    [InlineData("<p>  lots   of\n   space  </p>", "lots of space")]
    [InlineData("<p>a</p>\n\n\n<br><br><br><p>b</p>", "a\n\nb")]
    [InlineData("<ul><li>One</li><li>Two <b>bold</b></li></ul>", "- One\n- Two bold")]
    [InlineData("<table><tr><th>Item</th><th>Fee</th></tr><tr><td> SEO </td><td>€1</td></tr></table>", "Item | Fee\nSEO | €1")]
    [InlineData("Fish &amp; chips &lt;3 &#8364;5&nbsp;each", "Fish & chips <3 €5\u00A0each")]
    [InlineData("<a href=\"https://x.example/a?b=1&amp;c=2\">the page</a>", "the page (https://x.example/a?b=1&c=2)")]
    [InlineData("<a href='https://x.example'>https://x.example</a>", "https://x.example")]
    [InlineData("<a href=\"mailto:a@x.example\">a@x.example</a>", "a@x.example")]
    [InlineData("<a href=\"https://x.example\"><img src=\"logo.png\"></a>", "https://x.example")]
    [InlineData("<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head><body><p>Hi</p><script>x<y</script></body></html>", "Hi")]
    [InlineData("<p>a<!-- <p>hidden</p> -->b</p>", "ab")]
    [InlineData("<p title=\"a > b\">x</p>", "x")]
    [InlineData("<pre>keep\n  this</pre>", "keep\n  this")]
    [InlineData("", "")]
    public void html_becomes_the_text_a_reader_sees(string html, string text)
    {
        HtmlToText.Convert(html).ShouldBe(text);
    }
}
