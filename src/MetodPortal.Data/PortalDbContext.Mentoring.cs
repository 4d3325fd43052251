using MetodPortal.Domain.Mentoring;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data;

public partial class PortalDbContext
{
    public DbSet<MentoringProgram> MentoringPrograms => Set<MentoringProgram>();
    public DbSet<MentoringPair> MentoringPairs => Set<MentoringPair>();
    public DbSet<Mentor> Mentors => Set<Mentor>();
}
