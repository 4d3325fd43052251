using MetodPortal.Domain.Plan;

namespace MetodPortal.UnitTests.Plan;

public sealed class MeasureScheduleTests
{
    private static readonly DateOnly From = new(2023, 4, 3);
    private static readonly DateOnly To = new(2025, 12, 31);

    private static PlanMeasure Measure(DeadlineKind kind, DateOnly? dueOn = null, int? days = null) =>
        new() { Deadline = kind, DueOn = dueOn, DaysAfter = days };

    [Fact]
    public void A_yearly_measure_makes_one_occurrence_a_year_of_the_period()
    {
        var yearly = MeasureSchedule.Of(Measure(DeadlineKind.Yearly), From, To, []);
        Assert.Equal(["2023", "2024", "2025"], yearly.Select(o => o.Key));
        Assert.All(yearly, o => Assert.Equal((12, 31), (o.Due.Month, o.Due.Day)));

        // «апрель 2023 г., далее – ежегодно»: the day and month each year.
        Assert.Equal([new DateOnly(2023, 4, 30), new DateOnly(2024, 4, 30), new DateOnly(2025, 4, 30)],
            MeasureSchedule.Of(Measure(DeadlineKind.Yearly, new DateOnly(2023, 4, 30)), From, To, []).Select(o => o.Due));
    }

    [Fact]
    public void A_quarterly_measure_falls_at_each_quarters_end_inside_the_period_and_a_one_off_once()
    {
        var quarters = MeasureSchedule.Of(Measure(DeadlineKind.Quarterly), From, To, []);
        Assert.Equal(11, quarters.Count); // II 2023 … IV 2025: the first quarter of 2023 ended before the plan began
        Assert.Equal((new DateOnly(2023, 6, 30), "II квартал 2023 года"), (quarters[0].Due, quarters[0].Period));
        Assert.Equal(new DateOnly(2025, 12, 31), quarters[^1].Due);

        var once = Assert.Single(MeasureSchedule.Of(Measure(DeadlineKind.OnDate, new DateOnly(2023, 5, 1)), From, To, []));
        Assert.Equal(("once", new DateOnly(2023, 5, 1)), (once.Key, once.Due));
    }

    [Fact]
    public void Within_n_days_of_a_campaigns_close_is_dated_from_the_close_for_each_closed_campaign_of_the_period()
    {
        ClosedCampaign[] closed = [new(7, 2024, new DateOnly(2025, 2, 16)), new(8, 2026, new DateOnly(2027, 2, 1)), new(6, 2023, new DateOnly(2024, 2, 20))];
        var occurrences = MeasureSchedule.Of(Measure(DeadlineKind.AfterCampaignClose, days: 30), From, To, closed);
        Assert.Equal([(6, new DateOnly(2024, 3, 21)), (7, new DateOnly(2025, 3, 18))], occurrences.Select(o => (o.CampaignId!.Value, o.Due)));
        Assert.Equal("campaign:7", occurrences[1].Key);
    }

    [Fact]
    public void Applying_keeps_reported_occurrences_moves_planned_ones_and_drops_those_no_longer_scheduled()
    {
        var measure = Measure(DeadlineKind.Yearly);
        MeasureSchedule.Apply(measure, MeasureSchedule.Of(measure, From, To, []));
        measure.Occurrences[0].Complete(new DateOnly(2023, 12, 20), "Сделано", null, "Киселёв");

        measure.Deadline = DeadlineKind.Quarterly;
        MeasureSchedule.Apply(measure, MeasureSchedule.Of(measure, From, To, []));
        Assert.Equal(12, measure.Occurrences.Count); // eleven quarters and the reported 2023
        Assert.Contains(measure.Occurrences, o => o.Key == "2023" && o.IsReported);
        Assert.DoesNotContain(measure.Occurrences, o => o.Key == "2024");
    }

    [Fact]
    public void An_occurrence_is_overdue_after_its_due_day_done_late_after_it_and_a_cancelled_one_takes_no_report()
    {
        var occurrence = new MeasureOccurrence { Due = new DateOnly(2026, 12, 6) };
        Assert.Equal(OccurrenceState.Upcoming, occurrence.StateOn(new DateOnly(2026, 12, 6)));
        Assert.Equal(OccurrenceState.Overdue, occurrence.StateOn(new DateOnly(2026, 12, 7)));

        occurrence.Complete(new DateOnly(2026, 12, 7), "Сделано", "/events", "Киселёв");
        Assert.Equal(OccurrenceState.DoneLate, occurrence.StateOn(new DateOnly(2026, 12, 8)));

        var cancelled = new MeasureOccurrence { Status = OccurrenceStatus.Cancelled };
        Assert.NotNull(cancelled.Complete(new DateOnly(2026, 1, 1), "—", null, "—"));
        Assert.Equal(OccurrenceState.Cancelled, cancelled.StateOn(new DateOnly(2026, 1, 1)));
    }
}
