using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// A save refused by a unique index (two identical posts at once, a participant added twice) changed nothing: it is
/// answered 409 «уже есть», never 500.
/// </summary>
public sealed class UniqueViolationFilter(ILogger<UniqueViolationFilter> logger) : IExceptionFilter
{
    public const string Message = "Такая запись уже есть — вероятно, форма была отправлена дважды. Повторно ничего не сохранено: обновите страницу.";

    public void OnException(ExceptionContext context)
    {
        if (context.Exception is not DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique })
        {
            return;
        }

        logger.LogInformation("Refused a duplicate ({Constraint}): {Method} {Path}", unique.ConstraintName, context.HttpContext.Request.Method,
            context.HttpContext.Request.Path);
        context.Result = RequestRefusal.Result(context.HttpContext, StatusCodes.Status409Conflict, Message);
        context.ExceptionHandled = true;
    }
}
