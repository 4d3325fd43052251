using MetodPortal.Data.Identity;
using MetodPortal.Domain.Identity;
using MetodPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data.Seeding;

/// <summary>Public facts every installation starts with: the roles, Хабаровский край, its 19 municipalities and its regional organizations.</summary>
internal static class ReferenceData
{
    public static async Task EnsureRolesAsync(PortalDbContext db, CancellationToken ct)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(ct);
        foreach (var role in Roles.All.Where(r => !existing.Contains(r)))
        {
            db.Roles.Add(new AppRole(role));
        }

        await db.SaveChangesAsync(ct);
    }

    public static async Task<Region> SeedKhabarovskKraiAsync(PortalDbContext db, CancellationToken ct)
    {
        var region = new Region { Code = "27", Name = "Хабаровский край", TimeZone = "Asia/Vladivostok" };
        db.Regions.Add(region);
        foreach (var row in ReadMunicipalities())
        {
            region.Municipalities.Add(new Municipality
            {
                Code = row[0], Name = row[1], Kind = row[2], AdministrativeCentre = row[3],
            });
        }

        Regional(db, region, "Министерство образования и науки Хабаровского края", "Минобрнауки края", OrganizationType.Ministry);
        var institute = Regional(db, region,
            "Краевое государственное автономное образовательное учреждение дополнительного профессионального образования «Хабаровский краевой институт "
                + "развития образования»", "ХК ИРО", OrganizationType.DevelopmentInstitute);
        Regional(db, region, "Центр непрерывного повышения профессионального мастерства педагогических работников ХК ИРО", "ЦНППМ",
            OrganizationType.ProfessionalExcellenceCentre, institute);
        await db.SaveChangesAsync(ct);
        return region;
    }

    private static Organization Regional(PortalDbContext db, Region region, string name, string shortName, OrganizationType type,
        Organization? parent = null) =>
        db.AddOrganization(
            new Organization
            {
                RegionId = region.Id, Name = name, ShortName = shortName, Type = type, Level = OrganizationLevel.Regional,
            },
            parent);

    /// <summary>code,name,kind,administrative_centre — the file has a header line and no quoted commas.</summary>
    private static IEnumerable<string[]> ReadMunicipalities()
    {
        using var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream("khabarovsk-municipalities.csv")
            ?? throw new InvalidOperationException("The municipalities resource is missing.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                rows.Add(line.Split(','));
            }
        }

        return rows;
    }
}
