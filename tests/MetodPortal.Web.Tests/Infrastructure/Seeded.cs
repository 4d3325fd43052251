using MetodPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Infrastructure;

/// <summary>The demo records the tests name: schools and municipalities of Хабаровск (KHV) and Комсомольск-на-Амуре (KMS).</summary>
public static class Seeded
{
    public const string KhvSchool = "МАОУ «СШ № 12»";
    public const string KhvGymnasium = "МБОУ «Гимназия № 4»";
    public const string KmsSchool = "МОУ СОШ № 31";

    public static async Task<Organization> OrganizationAsync(this PortalFactory factory, string shortName)
    {
        await using var db = factory.Db();
        return await db.Organizations.AsNoTracking().SingleAsync(o => o.ShortName == shortName);
    }

    public static async Task<Municipality> MunicipalityAsync(this PortalFactory factory, string code)
    {
        await using var db = factory.Db();
        return await db.Municipalities.AsNoTracking().SingleAsync(m => m.Code == code);
    }
}
