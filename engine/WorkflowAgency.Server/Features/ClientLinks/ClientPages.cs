using Microsoft.AspNetCore.Http.HttpResults;

namespace WorkflowAgency.Server.Features.ClientLinks;

/// <summary>HTML responses for client pages, with their headers; the page for each link state.</summary>
internal static class ClientPages
{
    public static ContentHttpResult Html(HttpResponse response, string html, int status = StatusCodes.Status200OK)
    {
        ClientPageHeaders.Apply(response);
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>The page for a link that cannot take an answer (or null when it can).</summary>
    public static ContentHttpResult? Unanswerable(HttpResponse response, ClientLink link, bool posted) => link.Status switch
    {
        ClientLinkStatus.Tampered => Html(response, ClientHtml.Message("This link is not valid",
            "The link may have been changed or cut short. Please open it again from our email."), StatusCodes.Status403Forbidden),
        ClientLinkStatus.Expired => Html(response, ClientHtml.Message("This link has expired",
            "Please reply to our email and we will send you a new one."), StatusCodes.Status410Gone),
        ClientLinkStatus.Closed => Html(response, ClientHtml.Message("This request is closed",
            "We are no longer waiting for an answer here. If you still want to tell us something, reply to our email."), StatusCodes.Status410Gone),
        ClientLinkStatus.Answered => Html(response, ClientPageRenderer.Answered(link, again: posted),
            posted ? StatusCodes.Status409Conflict : StatusCodes.Status200OK),
        _ => null,
    };

    public static string PageUrl(HttpRequest request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.PathBase}/client/{Uri.EscapeDataString(token)}";
    }
}
