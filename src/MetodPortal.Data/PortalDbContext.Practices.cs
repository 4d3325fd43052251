using MetodPortal.Domain.Practices;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data;

public partial class PortalDbContext
{
    public DbSet<Practice> Practices => Set<Practice>();
    public DbSet<PracticeFile> PracticeFiles => Set<PracticeFile>();
    public DbSet<PracticeReview> PracticeReviews => Set<PracticeReview>();
    public DbSet<PracticeCriterion> PracticeCriteria => Set<PracticeCriterion>();
    public DbSet<Expert> Experts => Set<Expert>();
}
