using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Programs;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data.Seeding;

/// <summary>
/// The training of the РМА and РУА members (seed 004, direction 1, 4.6): a ДПП of ХК ИРО on methodical support and the support of ИОМ, which
/// two of every three members completed in 2024 and one in 2023 (over three years ago: to train again). Dated before the monitoring's years, it
/// adds no figure to the nine indicators.
/// </summary>
internal static class DemoAssetTraining
{
    public static async Task SeedAsync(PortalDbContext db, Region region, CancellationToken ct)
    {
        var program = new ProfessionalProgram
        {
            RegionId = region.Id, Title = "Методическое сопровождение педагогов и индивидуальных образовательных маршрутов",
            Provider = "КГАОУ ДПО «Хабаровский краевой институт развития образования»", Hours = 36, Kind = ProgramKind.AdvancedTraining,
            Format = ProgramFormat.Distance, ExpertiseProtocolNumber = "РУМО-02/24", ExpertiseProtocolDate = new DateOnly(2024, 2, 14),
            TrainsMethodicalSupport = true,
        };
        db.ProfessionalPrograms.Add(program);
        var members = await db.CommunityMemberships
            .Where(m => m.RegionId == region.Id
                && (m.Community!.Kind == CommunityKind.RegionalMethodicalAsset || m.Community.Kind == CommunityKind.RegionalManagementAsset))
            .OrderBy(m => m.Id).ToListAsync(ct);
        for (var k = 0; k < members.Count; k++)
        {
            if (k % 5 is 1 or 3)
            {
                continue;
            }

            var m = members[k];
            db.ProgramCompletions.Add(new ProgramCompletion
            {
                RegionId = m.RegionId, OrganizationId = m.OrganizationId, EducatorId = m.EducatorId, ProgramId = program.Id,
                CompletedOn = k % 5 == 4 ? new DateOnly(2023, 6, 9) : new DateOnly(2024, 11, 15), CertificateNumber = $"272402{m.Id:000000}",
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
