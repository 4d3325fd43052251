using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace MetodPortal.Web.Areas.Api;

/// <summary>A query's own check, made by <see cref="ApiGate"/> before the action: a Russian message, or null when the values are right.</summary>
public interface IApiQuery
{
    string? Error();
}

/// <summary><c>page</c> (from 1) and <c>pageSize</c> (1 to 500, 100 unless asked) of a list.</summary>
public class ApiPaging : IApiQuery
{
    public const int MaxPageSize = 500;

    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 100;

    public virtual string? Error() =>
        Page < 1 ? "page: номер страницы начинается с 1."
        : PageSize is < 1 or > MaxPageSize ? $"pageSize: размер страницы — от 1 до {MaxPageSize}."
        : null;
}

/// <summary>One page of a list: its items, where it is, how many there are in all, and the address of the next page (null on the last).</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, string? Next)
{
    public static ApiPage<T> Of(Page<T> page, HttpRequest request)
    {
        string? next = null;
        if (page.HasNext)
        {
            var query = request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            query["page"] = (page.Number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            next = QueryHelpers.AddQueryString(request.Path, query);
        }

        return new ApiPage<T>(page.Items, page.Number, page.Size, page.Total, next);
    }
}

public static class ApiPaged
{
    /// <summary>The page asked for (past the last: an empty page, not the last one again — a client walking <c>next</c> stops at null).</summary>
    public static async Task<ApiPage<T>> PageAsync<T>(this IQueryable<T> query, ApiPaging paging, HttpRequest request, CancellationToken ct)
    {
        var total = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(query, ct);
        var items = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            query.Skip((paging.Page - 1) * paging.PageSize).Take(paging.PageSize), ct);
        return ApiPage<T>.Of(new Page<T>(items, paging.Page, paging.PageSize, total), request);
    }
}
