using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace WorkflowAgency.Server.Http;

/// <summary>
/// Turns exceptions into <c>ProblemDetails</c>: a request the framework could not read (malformed JSON, wrong
/// content type) is the caller's mistake and says what was wrong; anything else is a 500 that says nothing
/// about the server's insides (the log has the details).
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        int status;
        string title;
        string detail;
        if (exception is BadHttpRequestException bad)
        {
            status = bad.StatusCode;
            title = "The request could not be read";
            // The JSON reader's message gives the path and position of the mistake, and nothing of the server.
            detail = bad.InnerException is JsonException json ? $"{bad.Message} {json.Message}" : bad.Message;
        }
        else
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            status = StatusCodes.Status500InternalServerError;
            title = "Something went wrong on the server";
            detail = "The error was logged. Try again; if it keeps happening, tell an administrator the trace id.";
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
