using MetodPortal.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data;

public partial class PortalDbContext
{
    public DbSet<MonitoringCampaign> MonitoringCampaigns => Set<MonitoringCampaign>();
    public DbSet<MonitoringForm> MonitoringForms => Set<MonitoringForm>();
    public DbSet<MonitoringFormEvent> MonitoringFormEvents => Set<MonitoringFormEvent>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
}
