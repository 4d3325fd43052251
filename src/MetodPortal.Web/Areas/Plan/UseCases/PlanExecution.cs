using MetodPortal.Data;
using MetodPortal.Domain.Plan;
using MetodPortal.Reports.Plan;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Plan.UseCases;

/// <summary>How many occurrences stand where (<see cref="OccurrenceState"/>).</summary>
public sealed record ExecutionCounts(int OnTime, int Late, int Overdue, int Upcoming, int Cancelled)
{
    public static ExecutionCounts Of(IEnumerable<OccurrenceState> states)
    {
        var all = states.ToList();
        return new(all.Count(s => s == OccurrenceState.DoneOnTime), all.Count(s => s == OccurrenceState.DoneLate),
            all.Count(s => s == OccurrenceState.Overdue), all.Count(s => s == OccurrenceState.Upcoming), all.Count(s => s == OccurrenceState.Cancelled));
    }

    public int Total => OnTime + Late + Overdue + Upcoming + Cancelled;
}

/// <summary>A measure on the execution page: its occurrences counted, the next one due, its target's value.</summary>
public sealed record MeasureLine(PlanMeasure Measure, ExecutionCounts Counts, MeasureOccurrence? Next, TargetFigure? Figure, string Responsible);

public sealed record ExecutionGroup(string Name, ExecutionCounts Counts);

/// <summary>The execution of a plan at a glance: by direction and by responsible subject, and measure by measure.</summary>
public sealed record PlanExecution(MeasurePlan Plan, DateOnly Today, IReadOnlyList<MeasureLine> Measures, IReadOnlyList<ExecutionGroup> ByDirection,
    IReadOnlyList<ExecutionGroup> ByResponsible, ExecutionCounts Total, string? Municipality)
{
    public static async Task<PlanExecution?> LoadAsync(PortalDbContext db, int planId, TimeProvider clock, CancellationToken ct)
    {
        var plan = await db.MeasurePlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return null;
        }

        var today = await RegionZone.TodayAsync(db, plan.RegionId, clock, ct);
        var measures = await db.PlanMeasures.AsNoTracking().Where(m => m.PlanId == planId).ToListAsync(ct);
        var occurrences = (await db.MeasureOccurrences.AsNoTracking().Where(o => o.Measure!.PlanId == planId)
                .Select(o => new MeasureOccurrence { Id = o.Id, MeasureId = o.MeasureId, Period = o.Period, Due = o.Due, Status = o.Status, DoneOn = o.DoneOn })
                .ToListAsync(ct))
            .ToLookup(o => o.MeasureId);
        var figures = await PlanFigures.OfAsync(db, plan, measures, today, ct);
        var names = await PublicNames.OrganizationsAsync(db, measures.SelectMany(m => m.ResponsibleIds).Distinct(), ct);

        var lines = measures.OrderBy(m => m.Direction).ThenBy(m => m.Number, NumberOrder.Instance).ThenBy(m => m.Id)
            .Select(m => new MeasureLine(m, ExecutionCounts.Of(occurrences[m.Id].Select(o => o.StateOn(today))),
                occurrences[m.Id].Where(o => o.Status == OccurrenceStatus.Planned).OrderBy(o => o.Due).FirstOrDefault(), figures.GetValueOrDefault(m.Id),
                m.ResponsibleIds.Length == 0 ? m.Responsible : Display.List(m.ResponsibleIds.Select(id => names.Of(id)))))
            .ToList();
        var byDirection = lines.GroupBy(l => (l.Measure.Direction, l.Measure.DirectionTitle))
            .Select(g => new ExecutionGroup($"Направление {g.Key.Direction}. {g.Key.DirectionTitle}", Sum(g))).ToList();
        var byResponsible = lines.SelectMany(l => l.Measure.ResponsibleIds.Select(id => (Name: names.Of(id), Line: l)))
            .GroupBy(x => x.Name).OrderBy(g => g.Key, StringComparer.Create(Display.Russian, false))
            .Select(g => new ExecutionGroup(g.Key, Sum(g.Select(x => x.Line)))).ToList();
        var municipality = plan.MunicipalityId is null ? null : (await PublicNames.MunicipalitiesAsync(db, ct)).Of(plan.MunicipalityId);
        return new PlanExecution(plan, today, lines, byDirection, byResponsible, Sum(lines), municipality);
    }

    /// <summary>The execution report's content, for its PDF and Excel writers.</summary>
    public PlanReport ToReport(string formedBy, string formedAt)
    {
        static PlanReportGroup Group(ExecutionGroup g) =>
            new(g.Name, g.Counts.OnTime, g.Counts.Late, g.Counts.Overdue, g.Counts.Upcoming, g.Counts.Cancelled);
        return new PlanReport(Plan.Title, Plan.ApprovedBy, $"{Display.Date(Plan.From)} — {Display.Date(Plan.To)}", Municipality, formedAt, formedBy,
            Group(new ExecutionGroup("Всего", Total)), [.. ByDirection.Select(Group)], [.. ByResponsible.Select(Group)],
            [.. Measures.Select(l => new PlanReportMeasure(l.Measure.Direction, l.Measure.Number, l.Measure.Title, l.Responsible, l.Measure.DeadlineText,
                l.Measure.ExpectedResult, l.Counts.OnTime, l.Counts.Late, l.Counts.Overdue, l.Counts.Upcoming, TargetText(l.Measure),
                l.Figure is { } f ? $"{ValueText(l.Measure, f.Value)} ({f.Basis})" : "—"))]);
    }

    /// <summary>A measure's target in words: «показатель 2 ≥ 10 %», «≥ 10: опубликованных практик…».</summary>
    public static string TargetText(PlanMeasure m) => m switch
    {
        { Target: TargetKind.Indicator } => $"показатель {m.TargetIndicator} не менее {Display.Number(m.TargetValue ?? 0)} %",
        { Target: TargetKind.Count } => $"не менее {Display.Number(m.TargetValue ?? 0)} {m.TargetCount?.Name()}",
        _ => "—",
    };

    public static string ValueText(PlanMeasure m, decimal? value) =>
        value is not { } v ? "нет данных" : m.Target == TargetKind.Indicator ? Display.Percent(v) : Display.Number(v);

    private static ExecutionCounts Sum(IEnumerable<MeasureLine> lines)
    {
        var all = lines.Select(l => l.Counts).ToList();
        return new(all.Sum(c => c.OnTime), all.Sum(c => c.Late), all.Sum(c => c.Overdue), all.Sum(c => c.Upcoming), all.Sum(c => c.Cancelled));
    }
}

/// <summary>Measure numbers in the act's order: «1.2» before «1.10».</summary>
public sealed class NumberOrder : IComparer<string>
{
    public static readonly NumberOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var (a, b) = (Parts(x), Parts(y));
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static int[] Parts(string? number) =>
        [.. (number ?? "").Split('.', StringSplitOptions.RemoveEmptyEntries).Select(p => int.TryParse(p, out var n) ? n : int.MaxValue)];
}
