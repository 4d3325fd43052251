using MetodPortal.Domain.Plan;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Plan;

/// <summary>Plans arranged straight in the database, and the demo's.</summary>
internal static class PlanArrange
{
    public const string Ministry = "ministry@demo.local";
    public const string Cnppm = "cnppm@demo.local";

    /// <summary>The demo region's plan (seed 004's complex of measures).</summary>
    public static async Task<MeasurePlan> DemoPlanAsync(PortalFactory factory)
    {
        await using var db = factory.Db();
        return await db.MeasurePlans.AsNoTracking().SingleAsync(p => p.MunicipalityId == null && p.ApprovedBy.Contains("№ 458"));
    }

    /// <summary>A measure of the demo plan by direction and number.</summary>
    public static async Task<PlanMeasure> MeasureAsync(PortalFactory factory, int direction, string number)
    {
        await using var db = factory.Db();
        return await db.PlanMeasures.AsNoTracking().Include(m => m.Occurrences).FirstAsync(m => m.MunicipalityId == null && m.Direction == direction
            && m.Number == number);
    }

    /// <summary>A region plan of its own (2024–2026) with one yearly measure, its occurrences made; returns the measure.</summary>
    public static async Task<PlanMeasure> YearlyMeasureAsync(PortalFactory factory)
    {
        await using var db = factory.Db();
        var region = await db.Regions.Select(r => r.Id).FirstAsync();
        var measure = new PlanMeasure { RegionId = region, Direction = 1, DirectionTitle = "Управление", Number = "9.9", Title = "Семинар",
            Responsible = "ЦНППМ", Deadline = DeadlineKind.Yearly, DeadlineText = "ежегодно", ExpectedResult = "семинар" };
        var plan = new MeasurePlan { RegionId = region, Title = "План для теста", ApprovedBy = "приказ № 7", From = new DateOnly(2024, 1, 1),
            To = new DateOnly(2026, 12, 31) };
        MeasureSchedule.Apply(measure, MeasureSchedule.Of(measure, plan.From, plan.To, []));
        plan.Measures.Add(measure);
        db.MeasurePlans.Add(plan);
        await db.SaveChangesAsync();
        return measure;
    }

    public static async Task<MeasureOccurrence> OccurrenceAsync(PortalFactory factory, int id)
    {
        await using var db = factory.Db();
        return await db.MeasureOccurrences.AsNoTracking().SingleAsync(o => o.Id == id);
    }
}
