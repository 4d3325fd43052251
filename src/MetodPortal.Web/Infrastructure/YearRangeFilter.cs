using System.Globalization;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// A year typed into an address (<c>?year=0</c>, <c>?year=99999</c>) of a page or a list filter is refused with a
/// Russian reason (400) instead of reaching date arithmetic that cannot hold it. Forms that post a year validate it
/// beside the field, as any other value.
/// </summary>
public sealed class YearRangeFilter : IActionFilter
{
    public const int First = 1900;
    public const int Last = 2100;

    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (!HttpMethods.IsGet(context.HttpContext.Request.Method))
        {
            return;
        }

        var years = context.ActionArguments
            .SelectMany(a => string.Equals(a.Key, "year", StringComparison.OrdinalIgnoreCase) ? [a.Value] : YearsIn(a.Value))
            .OfType<int>();
        if (years.Any(y => y is < First or > Last))
        {
            context.Result = RequestRefusal.Result(context.HttpContext, StatusCodes.Status400BadRequest,
                string.Create(CultureInfo.InvariantCulture, $"Год должен быть от {First} до {Last}. Выберите год в фильтре на странице."));
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }

    /// <summary>The Year property of a bound filter object (a list's filter), if it has one.</summary>
    private static IEnumerable<object?> YearsIn(object? argument) =>
        argument?.GetType().GetProperty("Year") is { } property && property.PropertyType is var t && (t == typeof(int) || t == typeof(int?))
            ? [property.GetValue(argument)]
            : [];
}
