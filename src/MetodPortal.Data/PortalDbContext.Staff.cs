using MetodPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data;

public partial class PortalDbContext
{
    public DbSet<Educator> Educators => Set<Educator>();
    public DbSet<Employment> Employments => Set<Employment>();
    public DbSet<CategoryAssignment> CategoryAssignments => Set<CategoryAssignment>();
}
