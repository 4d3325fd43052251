using MetodPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data.Seeding;

/// <summary>What the demo sites gave: guests of other schools who trained there, alienable results (links) and yearly reports — 2025 accepted,
/// 2026 waiting for review.</summary>
internal static class DemoSites
{
    private static readonly (string Name, string Workplace)[] Guests =
    [
        ("Белова Анна Сергеевна", "МБОУ СОШ № 3 г. Амурска"), ("Гончаров Илья Петрович", "МБОУ «Лицей № 1» г. Советская Гавань"),
        ("Дьячкова Ольга Ивановна", "МОУ СОШ № 14 г. Комсомольска-на-Амуре"), ("Захарова Марина Юрьевна", "МБОУ СОШ с. Троицкое"),
        ("Ким Сергей Владимирович", "МБОУ «Гимназия № 5» г. Хабаровска"), ("Лаптева Елена Андреевна", "МБОУ СОШ п. Ванино"),
    ];

    public static async Task SeedAsync(PortalDbContext db, Region region, CancellationToken ct)
    {
        var sites = await db.OrganizationStatuses.Where(s => s.RegionId == region.Id).OrderBy(s => s.Id).ToListAsync(ct);
        for (var k = 0; k < sites.Count; k++)
        {
            var site = sites[k];
            foreach (var (name, workplace) in Guests.Skip(k).Take(2 + k % 2))
            {
                db.SiteParticipants.Add(new SiteParticipant
                {
                    RegionId = region.Id, OrganizationId = site.OrganizationId, SiteId = site.Id, Name = name, Workplace = workplace,
                    Topic = site.Theme, From = new DateOnly(2026, 3 + k, 10), To = new DateOnly(2026, 3 + k, 12),
                });
            }

            db.SiteResults.Add(new SiteResult
            {
                RegionId = region.Id, OrganizationId = site.OrganizationId, SiteId = site.Id, Title = $"Методические рекомендации: {site.Theme}",
                Kind = SiteResultKind.Guidelines, Year = 2025, Link = $"https://example.org/site-{k + 1}/recommendations",
            });
            if (site.ValidFrom.Year <= 2025)
            {
                db.SiteReports.Add(new SiteReport
                {
                    RegionId = region.Id, OrganizationId = site.OrganizationId, SiteId = site.Id, Year = 2025, Status = SiteReportStatus.Accepted,
                    Done = "Проведены стажировки и открытые мероприятия для педагогов края.", Results = "Подготовлены методические рекомендации.",
                    SubmittedOn = new DateOnly(2026, 1, 20), DecidedOn = new DateOnly(2026, 2, 5),
                });
            }

            if (k % 2 == 0)
            {
                db.SiteReports.Add(new SiteReport
                {
                    RegionId = region.Id, OrganizationId = site.OrganizationId, SiteId = site.Id, Year = 2026, Status = SiteReportStatus.Submitted,
                    Done = "Стажировки для педагогов других школ, сетевой семинар.",
                    Results = "Банк материалов обновлён, участники применили приёмы на уроках.",
                    SubmittedOn = new DateOnly(2026, 12, 1),
                });
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
