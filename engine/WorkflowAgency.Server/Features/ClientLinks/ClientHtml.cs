using System.Text;
using System.Text.Encodings.Web;

namespace WorkflowAgency.Server.Features.ClientLinks;

/// <summary>The page shell; every piece of data put into a page goes through <see cref="E"/>.</summary>
internal static class ClientHtml
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;background:#f5f6f8;color:#1d2330}
        main{max-width:760px;margin:2rem auto;background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 3px #0002}
        h1{margin-top:0}label{display:block;font-weight:600;margin:1rem 0 .3rem}
        input[type=text],input[type=email],input[type=number],input[type=date],textarea,select{width:100%;box-sizing:border-box;padding:.5rem;font:inherit}
        textarea{min-height:7rem}.scale{display:flex;gap:.3rem;flex-wrap:wrap}.scale label{font-weight:400;margin:0}
        .buttons{margin-top:1.5rem;display:flex;gap:.6rem;flex-wrap:wrap}button{padding:.6rem 1.1rem;font:inherit;cursor:pointer}
        .errors{background:#fdecea;border:1px solid #f5c2c0;padding:.8rem 1rem;border-radius:6px}
        iframe{width:100%;height:60vh;border:1px solid #ccd;border-radius:6px}dt{font-weight:600}dd{margin:0 0 .8rem}
        """;

    public static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    public static string Page(string title, string body)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\">")
            .Append("<meta name=\"robots\" content=\"noindex\"><title>").Append(E(title)).Append("</title><style>").Append(Style).Append("</style></head>")
            .Append("<body><main>").Append(body).Append("</main></body></html>");
        return html.ToString();
    }

    public static string Message(string title, string text) => Page(title, $"<h1>{E(title)}</h1><p>{E(text)}</p>");
}
