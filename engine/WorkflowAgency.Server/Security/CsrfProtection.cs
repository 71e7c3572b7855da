using Microsoft.AspNetCore.Antiforgery;

namespace WorkflowAgency.Server.Security;

/// <summary>
/// Refuses a cookie-authenticated unsafe request (POST, PUT, DELETE…) without a valid anti-forgery token in the
/// <c>X-CSRF-TOKEN</c> header: the browser sends the cookie along with a request another site makes it send, but
/// that site cannot read the token. Bearer-token requests need no check: a browser never adds that header by itself.
/// </summary>
internal sealed class CsrfProtection(RequestDelegate next, IAntiforgery antiforgery, IProblemDetailsService problems)
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public async Task InvokeAsync(HttpContext context)
    {
        if (NeedsCheck(context) && !await antiforgery.IsRequestValidAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = "Missing or invalid anti-forgery token",
                    Detail = $"Send the token from GET /api/auth/csrf (or the login response) in the {HeaderName} header.",
                },
            });
            return;
        }
        await next(context);
    }

    private static bool NeedsCheck(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method))
            return false;
        return context.User.IsCookieAuthenticated()
            && context.GetEndpoint()?.Metadata.GetMetadata<NoCsrfCheck>() is null;
    }
}
