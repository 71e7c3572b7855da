using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.ClientLinks.Answer;

/// <summary>
/// <c>POST /client/{token}</c> with the page's form: the client's answer resumes the engagement. Then a redirect to
/// the page, which shows the answer; a second answer is refused with the first one shown.
/// </summary>
internal static class AnswerEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{token}", HandleAsync)
            .DisableAntiforgery()
            // The signed token in the address is the credential, and a forging site cannot know it; the staff
            // session cookie (if any) plays no part here.
            .WithoutCsrfCheck();

    private static async Task<Results<ContentHttpResult, RedirectHttpResult>> HandleAsync(
        string token, HttpRequest request, HttpResponse response, ClientLinkResolver resolver, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        var link = await resolver.ResolveAsync(token, cancellationToken);
        if (ClientPages.Unanswerable(response, link, posted: true) is { } closed)
            return closed;
        var pageUrl = ClientPages.PageUrl(request, token);
        if (!request.HasFormContentType)
            return ClientPages.Html(response, ClientHtml.Message("Something went wrong", "Please answer with the form on the page."), StatusCodes.Status400BadRequest);

        var form = await request.ReadFormAsync(cancellationToken);
        var data = ClientFormReader.Read(form, link.Step!.Form);
        var choice = form["response"].ToString();
        var answered = await engine.RespondAsClientAsync(link.WaitId, choice, data, cancellationToken);
        if (answered.Succeeded)
        {
            await resolver.RecordAnswerAsync(link.WaitId, choice, data, cancellationToken);
            // Post/redirect/get: reloading the thank-you page must not post the answer again.
            return TypedResults.Redirect(pageUrl);
        }

        return answered.Error!.Kind switch
        {
            ErrorKind.Invalid => ClientPages.Html(response, ClientPageRenderer.Open(link, pageUrl, data, answered.Error.Fields), StatusCodes.Status400BadRequest),
            // Answered or closed meanwhile (another tab, a timeout): show what the link leads to now.
            ErrorKind.NotFound => ClientPages.Unanswerable(response, await resolver.ResolveAsync(token, cancellationToken), posted: true)
                ?? ClientPages.Html(response, ClientHtml.Message("Please try again", "Your answer could not be saved just now."), StatusCodes.Status409Conflict),
            _ => ClientPages.Html(response, ClientHtml.Message("Please try again", "Your answer could not be saved just now."), StatusCodes.Status409Conflict),
        };
    }
}
