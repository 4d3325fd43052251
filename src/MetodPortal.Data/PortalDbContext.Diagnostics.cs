using MetodPortal.Domain.Diagnostics;
using MetodPortal.Domain.Routes;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data;

public partial class PortalDbContext
{
    public DbSet<CompetenceArea> CompetenceAreas => Set<CompetenceArea>();
    public DbSet<DiagnosticInstrument> DiagnosticInstruments => Set<DiagnosticInstrument>();
    public DbSet<InstrumentArea> InstrumentAreas => Set<InstrumentArea>();
    public DbSet<Diagnostic> Diagnostics => Set<Diagnostic>();
    public DbSet<DiagnosticScore> DiagnosticScores => Set<DiagnosticScore>();
    public DbSet<DiagnosticDeficit> DiagnosticDeficits => Set<DiagnosticDeficit>();
    public DbSet<IndividualRoute> Routes => Set<IndividualRoute>();
    public DbSet<RouteItem> RouteItems => Set<RouteItem>();
    public DbSet<RouteEvidence> RouteEvidence => Set<RouteEvidence>();
}
