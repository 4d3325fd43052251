using MetodPortal.Domain.Plan;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data;

public partial class PortalDbContext
{
    public DbSet<MeasurePlan> MeasurePlans => Set<MeasurePlan>();
    public DbSet<PlanMeasure> PlanMeasures => Set<PlanMeasure>();
    public DbSet<MeasureOccurrence> MeasureOccurrences => Set<MeasureOccurrence>();
    public DbSet<AnalyticReport> AnalyticReports => Set<AnalyticReport>();
    public DbSet<AnalyticSection> AnalyticSections => Set<AnalyticSection>();
}
