using Serilog.Events;

namespace MetodPortal.Web.Infrastructure;

/// <summary>The level of a request's log line: an error when the portal failed, not when the client hung up before the answer.</summary>
public static class RequestLogLevel
{
    public static LogEventLevel Of(HttpContext context, double elapsedMs, Exception? exception) =>
        context.RequestAborted.IsCancellationRequested && exception is null or OperationCanceledException
            ? LogEventLevel.Information // a closed tab or a client's timeout: nothing for an operator to mend
            : exception is not null || context.Response.StatusCode > 499 ? LogEventLevel.Error : LogEventLevel.Information;
}
