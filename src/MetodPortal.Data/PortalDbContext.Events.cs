using MetodPortal.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data;

public partial class PortalDbContext
{
    public DbSet<MethodicalEvent> MethodicalEvents => Set<MethodicalEvent>();
    public DbSet<EventParticipation> EventParticipations => Set<EventParticipation>();
}
