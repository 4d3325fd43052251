using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Infrastructure;

/// <summary>One page of a long list, with what the pager needs.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Size, int Total)
{
    public int Pages => Math.Max(1, (Total + Size - 1) / Size);
    public bool HasPrevious => Number > 1;
    public bool HasNext => Number < Pages;

    public Page<TOut> Map<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], Number, Size, Total);

    /// <summary>The same page with its items made into others (read with the page's whole list at hand).</summary>
    public Page<TOut> With<TOut>(IReadOnlyList<TOut> items) => new(items, Number, Size, Total);
}

public static class Paging
{
    public const int DefaultSize = 25;

    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, int page, CancellationToken ct, int size = DefaultSize)
    {
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + size - 1) / size);
        var number = Math.Clamp(page, 1, pages);
        var items = await query.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new Page<T>(items, number, size, total);
    }
}
