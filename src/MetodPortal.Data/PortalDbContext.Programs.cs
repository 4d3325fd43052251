using MetodPortal.Domain.Programs;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data;

public partial class PortalDbContext
{
    public DbSet<ProfessionalProgram> ProfessionalPrograms => Set<ProfessionalProgram>();
    public DbSet<ProgramCompletion> ProgramCompletions => Set<ProgramCompletion>();
    public DbSet<ProgramCohort> ProgramCohorts => Set<ProgramCohort>();
    public DbSet<ProgramRequest> ProgramRequests => Set<ProgramRequest>();
}
