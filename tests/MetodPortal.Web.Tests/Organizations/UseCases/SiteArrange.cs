using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Areas.Organizations.UseCases;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Organizations.UseCases;

/// <summary>Site statuses of the demo school, granted by the municipal coordinator or the ministry.</summary>
internal static class SiteArrange
{
    public const string Coordinator = "coordinator@demo.local";
    public const string Ministry = "ministry@demo.local";

    public static SiteForm Form(int organizationId, OrganizationStatusLevel level) => new()
    {
        OrganizationId = organizationId, Kind = OrganizationStatusKind.InnovationSite, Level = level, Theme = " Формирующее оценивание ", OrderNumber = "12-о",
        OrderDate = new DateOnly(2026, 9, 1), ValidFrom = new DateOnly(2026, 9, 1),
    };

    public static async Task<OrganizationStatus> StatusAsync(PortalFactory factory, OrganizationStatusLevel level)
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        await using var db = factory.Db();
        var status = new OrganizationStatus { RegionId = school.RegionId, OrganizationId = school.Id };
        Form(school.Id, level).ApplyTo(status);
        db.OrganizationStatuses.Add(status);
        await db.SaveChangesAsync();
        return status;
    }

    public static async Task<OrganizationStatus?> ReloadAsync(PortalFactory factory, int id)
    {
        await using var db = factory.Db();
        return await db.OrganizationStatuses.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id);
    }
}
