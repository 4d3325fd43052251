using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Events;
using MetodPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data.Seeding;

/// <summary>
/// The topics of the demo events, and a regional seminar on burnout prevention in October 2026 that teachers of both cities attended (not for
/// young teachers: it adds no figure to the nine indicators; the dashboard counts it under its topic).
/// </summary>
internal static class DemoEventTopics
{
    private static readonly Dictionary<string, EventTopics> ByTitle = new()
    {
        ["Краевой форум молодых педагогов «Педагогический старт»"] = EventTopics.Mentoring,
        ["Городской семинар «Функциональная грамотность: задания для 5–7 классов»"] = EventTopics.FunctionalLiteracy,
        ["Вебинар «Сервисы ФГИС „Моя школа“ для урока»"] = EventTopics.DigitalEnvironment,
        ["Методический десант в школы Комсомольска-на-Амуре"] = EventTopics.FunctionalLiteracy | EventTopics.Standards,
        ["Клуб молодого педагога: мастер-класс «Дисциплина без окрика»"] = EventTopics.BurnoutPrevention | EventTopics.Upbringing,
        ["Краевая научно-практическая конференция «Наставничество в образовании»"] = EventTopics.Mentoring | EventTopics.RegionalAssets,
    };

    public static async Task SeedAsync(PortalDbContext db, Region region, CancellationToken ct)
    {
        foreach (var e in await db.MethodicalEvents.Where(e => e.RegionId == region.Id).ToListAsync(ct))
        {
            e.Topics = ByTitle.GetValueOrDefault(e.Title);
        }

        var centre = await db.Organizations.FirstAsync(o => o.RegionId == region.Id && o.Type == OrganizationType.ProfessionalExcellenceCentre, ct);
        var seminar = new MethodicalEvent
        {
            RegionId = region.Id, OrganizationId = centre.Id, Title = "Краевой семинар-практикум «Профилактика профессионального выгорания педагога»",
            Form = EventForm.Seminar, Level = SupportLevel.Regional, StartsOn = new DateOnly(2026, 10, 20), EndsOn = new DateOnly(2026, 10, 20),
            Link = "https://example.org/vygoranie", Topics = EventTopics.BurnoutPrevention | EventTopics.Heads,
        };
        db.MethodicalEvents.Add(seminar);
        var teachers = await db.Employments.Where(x => x.RegionId == region.Id && x.IsMain && x.Organization!.Type == OrganizationType.School)
            .OrderBy(x => x.Id).ToListAsync(ct);
        foreach (var job in teachers.Where((_, i) => i % 9 == 4))
        {
            db.EventParticipations.Add(new EventParticipation
            {
                RegionId = job.RegionId, OrganizationId = job.OrganizationId, EducatorId = job.EducatorId, EventId = seminar.Id,
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
