using MetodPortal.Domain.Diagnostics;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Routes;
using MetodPortal.Domain.Staff;
using MetodPortal.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data.Seeding;

/// <summary>
/// Demo diagnostics and routes: about half of each demo organization's staff diagnosed in 2026 (some also in 2025,
/// so the comparison page has something to compare), routes in every status, and the demo teacher's own route in work.
/// Deterministic, like the demo staff.
/// </summary>
internal static class DemoDiagnostics
{
    private static readonly ActivityForm[] Forms = [ActivityForm.Courses, ActivityForm.MethodicalEvent, ActivityForm.Mentoring,
        ActivityForm.Community, ActivityForm.SelfEducation, ActivityForm.Internship];

    private static readonly Dictionary<string, string> Goals = new()
    {
        [DiagnosticCatalogue.Subject] = "Углубить знание содержания предмета по разделам с низким результатом",
        [DiagnosticCatalogue.Methodical] = "Освоить проектирование урока по ФГОС с формирующим оцениванием",
        [DiagnosticCatalogue.Psychological] = "Освоить приёмы работы с обучающимися с ОВЗ в инклюзивном классе",
        [DiagnosticCatalogue.Communicative] = "Освоить техники конструктивного взаимодействия с родителями",
        [DiagnosticCatalogue.Digital] = "Освоить сервисы ФГИС «Моя школа» для подготовки и проведения урока",
        [DiagnosticCatalogue.Managerial] = "Освоить инструменты управления качеством образования в ОО",
        [DiagnosticCatalogue.Literacy] = "Освоить задания на формирование функциональной грамотности",
    };

    public static async Task SeedAsync(PortalDbContext db, Region region, Educator teacher, CancellationToken ct)
    {
        var random = new Random(4);
        var instruments = await db.DiagnosticInstruments.Include(i => i.Areas).Where(i => i.RegionId == region.Id).ToDictionaryAsync(i => i.Title, ct);
        var areaNames = await db.CompetenceAreas.Where(a => a.RegionId == region.Id).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var users = await db.Users.Where(u => u.Email != null).ToDictionaryAsync(u => u.Email!, u => u.Id, ct);
        var municipalities = await db.Municipalities.Where(m => m.RegionId == region.Id).ToDictionaryAsync(m => m.Id, m => m.Code, ct);
        var jobs = await db.Employments.Include(e => e.Educator).Include(e => e.Organization)
            .Where(e => e.RegionId == region.Id && e.IsMain && e.Organization!.Level == OrganizationLevel.Institutional && e.EducatorId != teacher.Id)
            .OrderBy(e => e.OrganizationId).ThenBy(e => e.Id).ToListAsync(ct);

        var k = 0;
        foreach (var job in jobs)
        {
            k++;
            if (k % 2 == 1)
            {
                continue;
            }

            var educator = job.Educator!;
            var khabarovsk = municipalities[job.Organization!.MunicipalityId!.Value] == "KHV";
            var conductedBy = khabarovsk ? "Громова Т. А., методист МАУ «ЦРО»" : "Киселёв А. Н., методист ЦНППМ";
            var instrument = educator.IsHead || educator.IsDeputy ? instruments[DiagnosticCatalogue.HeadsTest]
                : k % 6 == 0 ? instruments[DiagnosticCatalogue.MethodicalCase] : instruments[DiagnosticCatalogue.EfomTest];
            var date = new DateOnly(2026, 2, 9).AddDays(k * 5 % 230);
            if (k % 4 == 0)
            {
                // An earlier diagnostic with weaker results: the comparison shows deficits closed.
                Diagnose(db, job, instrument, date.AddYears(-1), conductedBy, a => Score(random, a, 0.35, 0.8));
            }

            var diagnostic = Diagnose(db, job, instrument, date, conductedBy, a => Score(random, a, 0.45, 1.0));
            if (diagnostic.Deficits.Count == 0 || k % 3 == 0)
            {
                continue;
            }

            var status = (k / 2 % 5) switch
            {
                0 => RouteStatus.Draft,
                1 => RouteStatus.Approved,
                2 or 3 => RouteStatus.InProgress,
                _ => RouteStatus.Completed,
            };
            var tutor = khabarovsk ? users["methodist@demo.local"] : users["cnppm@demo.local"];
            var route = Route(db, diagnostic, tutor, status, date.AddDays(14));
            foreach (var (deficit, i) in diagnostic.Deficits.Select((d, i) => (d, i)))
            {
                var item = route.Add(new RouteItem
                {
                    CompetenceAreaId = deficit.CompetenceAreaId, Goal = Goals[areaNames[deficit.CompetenceAreaId]], Form = Forms[(k + i) % Forms.Length],
                    Deadline = route.PeriodFrom.AddMonths(3 + (i * 2)), ExpectedResult = "Разработан и проведён открытый урок с применением освоенных приёмов",
                });
                if (status == RouteStatus.Completed || (status == RouteStatus.InProgress && i == 0))
                {
                    Close(item, tutor, "Удостоверение о повышении квалификации; проведён открытый урок.");
                }
            }
        }

        await SeedTeacherAsync(db, teacher, instruments[DiagnosticCatalogue.EfomTest], areaNames, users["methodist@demo.local"], ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The demo teacher: diagnosed in March, with a route in work — one item done, one reported, one ahead.</summary>
    private static async Task SeedTeacherAsync(
        PortalDbContext db, Educator teacher, DiagnosticInstrument efom, Dictionary<int, string> areaNames, int tutor, CancellationToken ct)
    {
        var job = await db.Employments.Include(e => e.Organization).FirstAsync(e => e.EducatorId == teacher.Id, ct);
        var byName = areaNames.ToDictionary(a => a.Value, a => a.Key);
        var scores = new Dictionary<string, decimal>
        {
            [DiagnosticCatalogue.Subject] = 16, [DiagnosticCatalogue.Methodical] = 10, [DiagnosticCatalogue.Psychological] = 11,
                [DiagnosticCatalogue.Literacy] = 7,
        };
        var diagnostic = Diagnose(db, job, efom, new DateOnly(2026, 3, 5), "Громова Т. А., методист МАУ «ЦРО»", a => scores[areaNames[a.CompetenceAreaId]],
            new Dictionary<int, string?> { [byName[DiagnosticCatalogue.Digital]] = "Не использует электронные образовательные ресурсы на уроках (по "
                + "итогам посещения)" });
        var route = Route(db, diagnostic, tutor, RouteStatus.InProgress, new DateOnly(2026, 3, 20));
        Close(route.Add(new RouteItem
        {
            CompetenceAreaId = byName[DiagnosticCatalogue.Methodical], Goal = Goals[DiagnosticCatalogue.Methodical], Form = ActivityForm.Courses,
            Deadline = new DateOnly(2026, 6, 30), ExpectedResult = "Удостоверение о повышении квалификации (36 ч)",
        }), tutor, "Пройдены курсы «Формирующее оценивание на уроке» (ХК ИРО, 36 ч), удостоверение № 272400012345.");
        var reported = route.Add(new RouteItem
        {
            CompetenceAreaId = byName[DiagnosticCatalogue.Digital], Goal = Goals[DiagnosticCatalogue.Digital], Form = ActivityForm.SelfEducation,
            Deadline = new DateOnly(2026, 10, 31), ExpectedResult = "Три урока с использованием ресурсов ФГИС «Моя школа»",
        });
        (reported.Status, reported.ReportedOn, reported.EvidenceNote) = (RouteItemStatus.Reported, new DateOnly(2026, 10, 28),
            "Проведены три урока в 6 «Б» с материалами библиотеки ЦОК.");
        route.Add(new RouteItem
        {
            CompetenceAreaId = byName[DiagnosticCatalogue.Literacy], Goal = Goals[DiagnosticCatalogue.Literacy], Form = ActivityForm.MethodicalEvent,
            Deadline = new DateOnly(2026, 12, 15), ExpectedResult = "Участие в городском семинаре и банк заданий для 6–7 классов",
        });

        // The notices those steps gave, as the portal would have written them: the teacher's and the tutor's bells are not empty.
        var account = await db.Users.Where(u => u.EducatorId == teacher.Id).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        var done = route.Items[0];
        Notify(account, NoticeKind.RouteApproved, $"Ваш ИОМ на {route.PeriodFrom:dd.MM.yyyy} — {route.PeriodTo:dd.MM.yyyy} утверждён.", $"/routes/{route.Id}",
            route.PeriodFrom);
        Notify(account, NoticeKind.ItemConfirmed, $"Тьютор подтвердил пункт ИОМ «{done.Goal}».", $"/routes/{route.Id}#item-{done.Id}", done.ConfirmedOn);
        Notify(tutor, NoticeKind.ItemReported, $"Пункт ИОМ «{reported.Goal}» отмечен выполненным и ждёт вашего подтверждения.",
            $"/routes/{route.Id}#item-{reported.Id}", reported.ReportedOn);

        void Notify(int? user, NoticeKind kind, string text, string url, DateOnly? on)
        {
            if (user is { } id)
            {
                db.Notifications.Add(new Notification
                {
                    UserId = id, Kind = kind, Text = text, Url = url,
                    CreatedAt = new DateTimeOffset((on ?? LastDemoDay).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero),
                });
            }
        }
    }

    private static Diagnostic Diagnose(
        PortalDbContext db, Employment job, DiagnosticInstrument instrument, DateOnly date, string conductedBy, Func<InstrumentArea, decimal> score,
        Dictionary<int, string?>? manual = null)
    {
        var diagnostic = new Diagnostic
        {
            RegionId = job.RegionId, OrganizationId = job.OrganizationId, EducatorId = job.EducatorId, InstrumentId = instrument.Id, Date = date,
            ConductedBy = conductedBy, CreatedAt = new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
        };
        db.Diagnostics.Add(diagnostic);
        diagnostic.SetResults(instrument.Areas, instrument.Areas.ToDictionary(a => a.CompetenceAreaId, score), manual ?? []);
        return diagnostic;
    }

    private static IndividualRoute Route(PortalDbContext db, Diagnostic diagnostic, int tutor, RouteStatus status, DateOnly from)
    {
        var route = new IndividualRoute
        {
            RegionId = diagnostic.RegionId, OrganizationId = diagnostic.OrganizationId, EducatorId = diagnostic.EducatorId, DiagnosticId = diagnostic.Id,
            TutorUserId = tutor, PeriodFrom = from, PeriodTo = from.AddYears(1).AddDays(-1), Status = status,
            ApprovedOn = status == RouteStatus.Draft ? null : from, ApprovedByUserId = status == RouteStatus.Draft ? null : tutor,
            CompletedOn = status == RouteStatus.Completed ? LastDemoDay.AddDays(5) : null, CreatedAt = diagnostic.CreatedAt.AddDays(7),
        };
        db.Routes.Add(route);
        return route;
    }

    /// <summary>Demo work is done before the demo's "today" (November 2026), however far its deadline.</summary>
    private static readonly DateOnly LastDemoDay = new(2026, 11, 10);

    private static void Close(RouteItem item, int tutor, string evidence)
    {
        var reported = item.Deadline.AddDays(-10) < LastDemoDay ? item.Deadline.AddDays(-10) : LastDemoDay;
        (item.Status, item.EvidenceNote, item.ReportedOn, item.ConfirmedOn, item.ConfirmedByUserId) = (RouteItemStatus.Done, evidence, reported,
            reported.AddDays(3), tutor);
    }

    /// <summary>A score between the given shares of the maximum, in halves of a point.</summary>
    private static decimal Score(Random random, InstrumentArea area, double low, double high) =>
        Math.Round((decimal)(low + (random.NextDouble() * (high - low))) * area.MaxScore * 2, MidpointRounding.AwayFromZero) / 2;
}
