namespace MetodPortal.Domain.Plan;

/// <summary>A closed monitoring campaign, as the schedule needs it: its year and the day it closed in the region's time.</summary>
public sealed record ClosedCampaign(int Id, int Year, DateOnly ClosedOn)
{
    /// <summary>The campaign as closed on its region's day (<paramref name="zone"/>); none for one closed without a recorded moment.</summary>
    public static ClosedCampaign? Of(Monitoring.MonitoringCampaign campaign, TimeZoneInfo zone) =>
        campaign is { Status: Monitoring.CampaignStatus.Closed, ClosedAt: { } at }
            ? new ClosedCampaign(campaign.Id, campaign.Year, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime))
            : null;
}

/// <summary>An occurrence the schedule gives: its key, its period's name, its due date and the campaign it follows.</summary>
public sealed record ScheduledOccurrence(string Key, string Period, DateOnly Due, int? CampaignId = null);

/// <summary>
/// The occurrences of a measure over its plan's period: a one-off measure once; a yearly one each year of the period; a quarterly one each
/// quarter; a measure due within N days of a campaign's close once for each closed campaign of a year in the period, dated from the close.
/// </summary>
public static class MeasureSchedule
{
    public static IReadOnlyList<ScheduledOccurrence> Of(PlanMeasure measure, DateOnly from, DateOnly to, IEnumerable<ClosedCampaign> closed)
    {
        var years = Enumerable.Range(from.Year, Math.Max(0, to.Year - from.Year + 1));
        return measure.Deadline switch
        {
            DeadlineKind.OnDate when measure.DueOn is { } due => [new("once", $"до {due:dd.MM.yyyy}", due)],
            DeadlineKind.Yearly => [.. years.Select(y => new ScheduledOccurrence(
                y.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{y} год", YearlyDue(measure.DueOn, y)))],
            DeadlineKind.Quarterly => [.. years.SelectMany(y => Enumerable.Range(1, 4).Select(q => (y, q)))
                .Where(p => QuarterEnd(p.y, p.q) >= from && QuarterStart(p.y, p.q) <= to)
                .Select(p => new ScheduledOccurrence($"{p.y}-Q{p.q}", $"{Roman[p.q - 1]} квартал {p.y} года", QuarterEnd(p.y, p.q)))],
            DeadlineKind.AfterCampaignClose => [.. closed.Where(c => c.Year >= from.Year && c.Year <= to.Year).OrderBy(c => c.Year)
                .Select(c => new ScheduledOccurrence($"campaign:{c.Id}", $"мониторинг за {c.Year} год", c.ClosedOn.AddDays(measure.DaysAfter ?? 30),
                    c.Id))],
            _ => [],
        };
    }

    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    private static DateOnly YearlyDue(DateOnly? dueOn, int year) =>
        dueOn is { } d ? new DateOnly(year, d.Month, Math.Min(d.Day, DateTime.DaysInMonth(year, d.Month))) : new DateOnly(year, 12, 31);

    private static DateOnly QuarterStart(int year, int quarter) => new(year, (quarter * 3) - 2, 1);

    private static DateOnly QuarterEnd(int year, int quarter) => QuarterStart(year, quarter).AddMonths(3).AddDays(-1);

    /// <summary>
    /// Brings a measure's occurrences in line with its schedule: adds those missing, moves the due date of those not reported, and drops the planned
    /// ones the schedule no longer gives (a reported or cancelled occurrence is history and stays).
    /// </summary>
    public static void Apply(PlanMeasure measure, IReadOnlyList<ScheduledOccurrence> schedule)
    {
        foreach (var planned in measure.Occurrences.Where(o => o.Status == OccurrenceStatus.Planned && schedule.All(s => s.Key != o.Key)).ToList())
        {
            measure.Occurrences.Remove(planned);
        }

        foreach (var s in schedule)
        {
            var occurrence = measure.Occurrences.FirstOrDefault(o => o.Key == s.Key);
            if (occurrence is null)
            {
                measure.Occurrences.Add(new MeasureOccurrence
                {
                    RegionId = measure.RegionId, MunicipalityId = measure.MunicipalityId, Key = s.Key, Period = s.Period, Due = s.Due,
                    CampaignId = s.CampaignId,
                });
            }
            else if (occurrence.Status == OccurrenceStatus.Planned)
            {
                (occurrence.Period, occurrence.Due) = (s.Period, s.Due);
            }
        }
    }
}
