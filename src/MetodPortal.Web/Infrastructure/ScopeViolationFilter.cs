using MetodPortal.Data.Scoping;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MetodPortal.Web.Infrastructure;

/// <summary>A write the guard refused is answered like any record outside the scope: 404, and logged by id.</summary>
public sealed class ScopeViolationFilter(ILogger<ScopeViolationFilter> logger) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.Exception is ScopeViolationException violation)
        {
            logger.LogWarning("Refused a write outside the user's scope: {EntityType} {EntityId}", violation.EntityType, violation.EntityId);
            context.Result = new NotFoundResult();
            context.ExceptionHandled = true;
        }
    }
}
