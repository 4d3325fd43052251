using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

/// <summary>
/// How the territories under a total are listed, on the dashboard and in the report: by name or by one indicator's share (those without a
/// figure last either way), up or down, and with or without the territories that have no figures (no accepted form yet).
/// </summary>
/// <param name="Sort">0 or none: by name; 1–9: by that indicator.</param>
public sealed record FigureOrder(int? Sort = null, bool Desc = false, bool WithFigures = false)
{
    public IReadOnlyList<FigureRow> Apply(IReadOnlyList<FigureRow> rows)
    {
        var kept = rows.Where(r => !WithFigures || r.Counts is not null).ToList();
        if (Sort is not (>= 1 and <= Indicators.Count))
        {
            var byName = kept.OrderBy(r => r.Name, StringComparer.Create(Display.Russian, ignoreCase: true));
            return Desc ? [.. byName.Reverse()] : [.. byName];
        }

        var valued = kept.Select(r => (Row: r, Value: r.Counts?.Shares()[Sort.Value - 1] is { Whole: > 0 } s ? (decimal)s.Part / s.Whole : (decimal?)null))
            .OrderBy(x => x.Value is null);
        return [.. (Desc ? valued.ThenByDescending(x => x.Value) : valued.ThenBy(x => x.Value)).ThenBy(x => x.Row.Name).Select(x => x.Row)];
    }

    /// <summary>
    /// The query of a column's heading: sorts by that column, the other way round when it already does (or the same way: <paramref name="keep"/>).
    /// </summary>
    public string QueryFor(int column, bool keep = false) =>
        $"sort={column}&desc={((Sort ?? 0) == column && (keep ? Desc : !Desc) ? "true" : "false")}{(WithFigures ? "&withFigures=true" : "")}";

    /// <summary>The heading's aria-sort value.</summary>
    public string? AriaSortOf(int column) => (Sort ?? 0) == column ? Desc ? "descending" : "ascending" : null;
}
