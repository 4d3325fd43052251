using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Monitoring.UseCases;

/// <summary>The demo school's form in an open campaign of its own year, in a given status; the school and the coordinator acting on it.</summary>
internal static class FormArrange
{
    public static readonly FormActor School = new(null, "school@demo.local");
    public static readonly FormActor Coordinator = new(null, "coordinator@demo.local");
    public static readonly TimeProvider Clock = new StoppedClock(new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero));
    public static readonly DateTimeOffset Future = new(2099, 1, 20, 8, 0, 0, TimeSpan.Zero);

    public static async Task<int> FormAsync(PortalFactory factory, int year, FormStatus status = FormStatus.NotStarted, DateTimeOffset? deadline = null)
    {
        var id = (await factory.CampaignAsync(year, deadline ?? Future, CampaignStatus.Open, Seeded.KhvSchool))[Seeded.KhvSchool];
        if (status != FormStatus.NotStarted)
        {
            await using var db = factory.Db();
            var form = await db.MonitoringForms.SingleAsync(f => f.Id == id);
            (form.Status, form.Declared) = (status, await factory.RegistryOfAsync(id));
            await db.SaveChangesAsync();
        }

        return id;
    }
}
