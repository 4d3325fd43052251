using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Diagnostics;
using MetodPortal.Domain.Events;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Programs;
using MetodPortal.Domain.Routes;
using Microsoft.EntityFrameworkCore;
using static MetodPortal.Data.Seeding.DiagnosticCatalogue;

namespace MetodPortal.Data.Seeding;

/// <summary>
/// The demo offers as the ИОМ sees them: the ДПП, events, communities and sites tagged with the competence areas they develop, the
/// schedule of ДПП cohorts (past and ahead, in both cities, at the regional centre and online), mentors in the organizations with a
/// mentoring programme (a mentor for each municipality leading a pair in another school too), and demo ИОМ items linked to an offer that
/// fits them (area, period, reach), in every state. Adds no figure: the indicators come from the records the other demo seeds wrote.
/// </summary>
internal static class DemoOffers
{
    private static readonly Dictionary<string, string[]> ByTitle = new()
    {
        ["Управление качеством образования в общеобразовательной организации"] = [Managerial],
        ["Формирующее оценивание на уроке"] = [Methodical],
        ["Школа современного учителя: достижения российской науки"] = [Subject, Methodical, Digital],
        ["Менеджмент в образовании"] = [Managerial],
        ["Краевой форум молодых педагогов «Педагогический старт»"] = [Communicative, Psychological],
        ["Краевой конкурс «Педагогический дебют — 2026»"] = [Methodical],
        ["Городской семинар «Функциональная грамотность: задания для 5–7 классов»"] = [Literacy],
        ["Вебинар «Сервисы ФГИС „Моя школа“ для урока»"] = [Digital],
        ["Методический десант в школы Комсомольска-на-Амуре"] = [Methodical, Literacy],
        ["Клуб молодого педагога: мастер-класс «Дисциплина без окрика»"] = [Psychological, Communicative],
        ["Городская педагогическая мастерская «Урок с формирующим оцениванием»"] = [Methodical, Literacy],
        ["Краевая научно-практическая конференция «Наставничество в образовании»"] = [Psychological, Managerial],
        ["Городское методическое объединение учителей математики"] = [Subject, Literacy],
        ["Пресс-клуб молодых педагогов «Старт»"] = [Communicative],
        ["Городское методическое объединение учителей начальных классов"] = [Methodical, Literacy],
        ["ШМО учителей естественно-научного цикла"] = [Subject, Literacy],
        ["Региональный методический актив Хабаровского края"] = [Methodical, Managerial],
        ["Формирование функциональной грамотности обучающихся через сетевое взаимодействие"] = [Literacy],
        ["Наставничество как ресурс профессионального роста молодого педагога"] = [Psychological, Communicative],
        ["Инженерное мышление дошкольников: STEM-образование в детском саду"] = [Subject],
        ["Цифровые компетенции педагога: практики смешанного обучения"] = [Digital],
    };

    public static async Task SeedAsync(PortalDbContext db, Region region, CancellationToken ct)
    {
        var areas = await db.CompetenceAreas.Where(a => a.RegionId == region.Id).ToDictionaryAsync(a => a.Name, a => a.Id, ct);
        List<int> Tags(string title) => ByTitle.TryGetValue(title, out var names) ? [.. names.Select(n => areas[n]).Order()] : [];

        var programs = await db.ProfessionalPrograms.Where(p => p.RegionId == region.Id).ToListAsync(ct);
        programs.ForEach(p => p.CompetenceAreaIds = Tags(p.Title));
        var events = await db.MethodicalEvents.Where(e => e.RegionId == region.Id).ToListAsync(ct);
        events.ForEach(e => e.CompetenceAreaIds = Tags(e.Title));
        var communities = await db.Communities.Where(c => c.RegionId == region.Id).ToListAsync(ct);
        communities.ForEach(c => c.CompetenceAreaIds = Tags(c.Title));
        var sites = await db.OrganizationStatuses.Where(s => s.RegionId == region.Id).ToListAsync(ct);
        sites.ForEach(s => s.CompetenceAreaIds = Tags(s.Theme));

        var municipalities = await db.Municipalities.Where(m => m.RegionId == region.Id).ToDictionaryAsync(m => m.Code, m => m.Id, ct);
        var cohorts = SeedCohorts(db, programs, municipalities);
        await SeedMentorsAsync(db, region, areas, ct);
        await db.SaveChangesAsync(ct);
        await LinkItemsAsync(db, region, cohorts, events, communities, ct);
        await AddScienceCoursesAsync(db, region, cohorts.First(c => c.StartsOn == new DateOnly(2026, 9, 14)), ct);
        await db.SaveChangesAsync(ct);
        await SeedRepeatDiagnosticsAsync(db, region, ct);
        await SeedRequestsAsync(db, region, areas, cohorts, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The autumn online cohort of «Школа современного учителя» as methodists put it into routes under way: for up to twelve educators (the
    /// demo teacher aside) with a deficit in one of its areas, an item done through it in October, confirmed by the tutor.
    /// </summary>
    private static async Task AddScienceCoursesAsync(PortalDbContext db, Region region, ProgramCohort cohort, CancellationToken ct)
    {
        var areas = db.ProfessionalPrograms.Local.First(p => p.Id == cohort.ProgramId).CompetenceAreaIds;
        var teacher = await db.Users.Where(u => u.Email == "teacher@demo.local").Select(u => u.EducatorId).FirstOrDefaultAsync(ct);
        var routes = await db.Routes.Include(r => r.Items)
            .Where(r => r.RegionId == region.Id && r.EducatorId != teacher && r.DiagnosticId != null && r.PeriodFrom <= cohort.StartsOn
                && (r.Status == RouteStatus.InProgress || r.Status == RouteStatus.Completed))
            .OrderBy(r => r.Id).ToListAsync(ct);
        var added = 0;
        foreach (var route in routes)
        {
            var area = await db.DiagnosticDeficits.Where(d => d.DiagnosticId == route.DiagnosticId && areas.Contains(d.CompetenceAreaId))
                .OrderBy(d => d.CompetenceAreaId).Select(d => (int?)d.CompetenceAreaId).FirstOrDefaultAsync(ct);
            if (area is null)
            {
                continue;
            }

            route.Add(new RouteItem
            {
                CompetenceAreaId = area, Goal = "Пройти курсы «Школа современного учителя: достижения российской науки»", Form = ActivityForm.Courses,
                Deadline = new DateOnly(2026, 10, 31), ExpectedResult = "Удостоверение о повышении квалификации (60 ч)", CohortId = cohort.Id,
                Status = RouteItemStatus.Done, ReportedOn = new DateOnly(2026, 10, 30), ConfirmedOn = new DateOnly(2026, 11, 2),
                ConfirmedByUserId = route.TutorUserId, EvidenceNote = "Курсы пройдены онлайн, удостоверение получено.",
            });
            if (++added == 12)
            {
                break;
            }
        }
    }

    /// <summary>
    /// A repeat diagnostic on 20.11.2026 for the educators (the demo teacher aside) who completed an item linked to an offer: the same
    /// instrument and scores, with three of four such areas now at their threshold (the deficit closed) — what «Что работает» compares.
    /// </summary>
    private static async Task SeedRepeatDiagnosticsAsync(PortalDbContext db, Region region, CancellationToken ct)
    {
        var teacher = await db.Users.Where(u => u.Email == "teacher@demo.local").Select(u => u.EducatorId).FirstOrDefaultAsync(ct);
        var routes = await db.Routes.Include(r => r.Items)
            .Where(r => r.RegionId == region.Id && r.DiagnosticId != null && r.EducatorId != teacher
                && r.Items.Any(i => i.Status == RouteItemStatus.Done && (i.CohortId != null || i.EventId != null || i.CommunityId != null)))
            .OrderBy(r => r.Id).ToListAsync(ct);
        var k = 0;
        foreach (var route in routes)
        {
            var earlier = await db.Diagnostics.Include(d => d.Scores).Include(d => d.Instrument!.Areas).FirstAsync(d => d.Id == route.DiagnosticId, ct);
            var scores = earlier.Scores.ToDictionary(x => x.CompetenceAreaId, x => x.Score);
            foreach (var item in route.Items.Where(i => i.Status == RouteItemStatus.Done && i.HasOffer && i.CompetenceAreaId is { } a
                && scores.ContainsKey(a)))
            {
                var area = earlier.Instrument!.Areas.First(x => x.CompetenceAreaId == item.CompetenceAreaId);
                scores[area.CompetenceAreaId] = k++ % 4 == 3 ? scores[area.CompetenceAreaId] : Math.Max(scores[area.CompetenceAreaId], area.Threshold);
            }

            var repeat = new Domain.Diagnostics.Diagnostic
            {
                RegionId = earlier.RegionId, OrganizationId = earlier.OrganizationId, EducatorId = earlier.EducatorId, InstrumentId = earlier.InstrumentId,
                Date = new DateOnly(2026, 11, 20), ConductedBy = earlier.ConductedBy, CreatedAt = new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero),
            };
            db.Diagnostics.Add(repeat);
            repeat.SetResults(earlier.Instrument!.Areas, scores, new Dictionary<int, string?>());
        }
    }

    /// <summary>Requests for ДПП from the demo schools, open and answered each way.</summary>
    private static async Task SeedRequestsAsync(
        PortalDbContext db, Region region, Dictionary<string, int> areas, List<ProgramCohort> cohorts, CancellationToken ct)
    {
        var users = await db.Users.Where(u => u.RegionId == region.Id).ToDictionaryAsync(u => u.Email!, u => (u.Id, u.OrganizationId), ct);
        var cnppm = users["cnppm@demo.local"].Id;
        var schools = await db.Organizations.Where(o => o.RegionId == region.Id && o.Level == OrganizationLevel.Institutional).OrderBy(o => o.Id)
            .Select(o => o.Id).ToListAsync(ct);
        ProgramRequest Request(string email, int? organizationId, string area, string topic, ProgramFormat? format, string? period, int people,
            DateOnly filed)
        {
            var request = new ProgramRequest
            {
                RegionId = region.Id, OrganizationId = organizationId ?? users[email].OrganizationId!.Value, CompetenceAreaId = areas[area],
                Topic = topic, Format = format, Period = period, People = people, FiledByUserId = users[email].Id, FiledOn = filed,
            };
            db.ProgramRequests.Add(request);
            return request;
        }

        Request("teacher@demo.local", null, Literacy, "Задания PISA по читательской грамотности для 6–7 классов", ProgramFormat.Distance,
            "январь–март 2027", 1, new DateOnly(2026, 10, 14));
        Request("school@demo.local", null, Digital, "Электронный журнал и ФГИС «Моя школа» для учителей начальных классов", ProgramFormat.InPerson,
            "осенние каникулы", 9, new DateOnly(2026, 9, 22));
        Request("school2@demo.local", null, Psychological, "Инклюзивный класс: дети с ОВЗ на уроке", ProgramFormat.InPerson, "2027, весна", 12,
            new DateOnly(2026, 10, 2));
        Request("methodist@demo.local", schools[1], Communicative, "Конструктивный разговор с родителями, профилактика конфликтов", null,
            "в течение учебного года", 15, new DateOnly(2026, 9, 30));
        var planned = Request("school@demo.local", null, Methodical, "Формирующее оценивание: практикум", ProgramFormat.InPerson, "февраль 2027", 6,
            new DateOnly(2026, 9, 10));
        planned.AnswerWith(RequestStatus.Planned, cohorts.First(c => c.StartsOn == new DateOnly(2027, 2, 1)), null, null, new DateOnly(2026, 9, 18),
            cnppm);
        var existing = Request("school2@demo.local", null, Managerial, "Управление качеством в школе", ProgramFormat.InPerson, null, 3,
            new DateOnly(2026, 8, 28));
        var management = db.ProfessionalPrograms.Local.First(p => p.Id == cohorts.First(c => c.StartsOn == new DateOnly(2027, 1, 18)).ProgramId);
        existing.AnswerWith(RequestStatus.Existing, null, management, null,
            new DateOnly(2026, 9, 4), cnppm);
        var declined = Request("methodist@demo.local", schools[0], Subject, "Олимпиадная математика для 10–11 классов", ProgramFormat.Network, null, 2,
            new DateOnly(2026, 9, 1));
        declined.AnswerWith(RequestStatus.Declined, null, null, "Два человека — мало для группы: предлагаем курсы ФГАОУ ДПО «Академия Минпросвещения России».",
            new DateOnly(2026, 9, 8), cnppm);
    }

    private static List<ProgramCohort> SeedCohorts(PortalDbContext db, List<ProfessionalProgram> programs, Dictionary<string, int> municipalities)
    {
        var cohorts = new List<ProgramCohort>();
        void Cohort(string title, string? municipality, bool online, DateOnly starts, int days, int seats, string? place)
        {
            var program = programs.First(p => p.Title == title);
            var cohort = new ProgramCohort
            {
                RegionId = program.RegionId, ProgramId = program.Id, MunicipalityId = municipality is null ? null : municipalities[municipality],
                IsOnline = online, StartsOn = starts, EndsOn = starts.AddDays(days - 1), EnrolmentDeadline = starts.AddDays(-10), Seats = seats,
                Place = place,
            };
            db.ProgramCohorts.Add(cohort);
            cohorts.Add(cohort);
        }

        const string Assessment = "Формирующее оценивание на уроке";
        const string Management = "Управление качеством образования в общеобразовательной организации";
        const string Science = "Школа современного учителя: достижения российской науки";
        Cohort(Assessment, "KHV", false, new DateOnly(2026, 4, 6), 12, 25, "МАУ «ЦРО», ул. Пушкина, 23");
        Cohort(Assessment, null, true, new DateOnly(2026, 10, 5), 12, 60, null);
        Cohort(Assessment, "KHV", false, new DateOnly(2027, 2, 1), 12, 25, "МАУ «ЦРО», ул. Пушкина, 23");
        Cohort(Assessment, "KMS", false, new DateOnly(2027, 3, 15), 12, 20, "г. Комсомольск-на-Амуре, МОУ «Лицей № 33»");
        Cohort(Management, null, false, new DateOnly(2026, 5, 18), 12, 30, "г. Хабаровск, ХК ИРО");
        Cohort(Management, null, false, new DateOnly(2027, 1, 18), 12, 30, "г. Хабаровск, ХК ИРО");
        Cohort(Science, null, true, new DateOnly(2026, 9, 14), 45, 100, null);
        Cohort(Science, null, true, new DateOnly(2027, 2, 15), 60, 100, null);
        return cohorts;
    }

    /// <summary>
    /// In each organization with a mentoring programme, those who lead a pair are mentors in methodical and psychological work; the first
    /// of each municipality who leads a pair this school year serves the whole municipality, and also leads one in another school of it —
    /// with a young teacher already paired at home, inside both people's pairs of the year, so that no figure of the indicators moves.
    /// </summary>
    private static async Task SeedMentorsAsync(PortalDbContext db, Region region, Dictionary<string, int> areas, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(2026, 10, 1), new DateOnly(2027, 5, 31));
        var pairs = await db.MentoringPairs.Where(p => p.RegionId == region.Id && p.MenteeId != null)
            .Select(p => new { p.ProgramId, p.OrganizationId, p.MentorId, MenteeId = p.MenteeId!.Value, p.Program!.Organization!.MunicipalityId, p.PeriodFrom,
                p.PeriodTo, p.Status })
            .OrderBy(p => p.OrganizationId).ThenBy(p => p.MentorId).ToListAsync(ct);
        bool ThisYear(int educatorId, bool asMentor) =>
            pairs.Any(p => (asMentor ? p.MentorId : p.MenteeId) == educatorId && p.Status == PairStatus.Active && p.PeriodFrom <= from && p.PeriodTo >= to);
        var served = new HashSet<int?>();
        foreach (var leader in pairs.DistinctBy(p => (p.OrganizationId, p.MentorId)))
        {
            var forMunicipality = ThisYear(leader.MentorId, asMentor: true) && served.Add(leader.MunicipalityId);
            db.Mentors.Add(new Mentor
            {
                RegionId = region.Id, OrganizationId = leader.OrganizationId, EducatorId = leader.MentorId, ForMunicipality = forMunicipality,
                CompetenceAreaIds = [.. new[] { areas[Methodical], areas[Psychological] }.Order()], MaxPairs = forMunicipality ? 3 : 2,
            });
            var host = forMunicipality
                ? pairs.FirstOrDefault(p => p.MunicipalityId == leader.MunicipalityId && p.OrganizationId != leader.OrganizationId
                    && p.MenteeId != leader.MentorId && ThisYear(p.MenteeId, asMentor: false))
                : null;
            if (host is not null)
            {
                db.MentoringPairs.Add(new MentoringPair
                {
                    RegionId = region.Id, OrganizationId = host.OrganizationId, ProgramId = host.ProgramId, MentorId = leader.MentorId,
                    MenteeId = host.MenteeId, Form = MentoringForm.TeacherToTeacher,
                    CompetenceFocus = "Психолого-педагогическое сопровождение: трудные ситуации урока",
                    PeriodFrom = from, PeriodTo = to,
                });
            }
        }
    }

    /// <summary>Items done through a ДПП, an event or a community point at one that fits them: their area, inside the route's period, within
    /// the educator's reach; a ДПП cohort only while it has seats.</summary>
    private static async Task LinkItemsAsync(
        PortalDbContext db, Region region, List<ProgramCohort> cohorts, List<MethodicalEvent> events, List<Community> communities, CancellationToken ct)
    {
        var programs = await db.ProfessionalPrograms.Where(p => p.RegionId == region.Id).ToDictionaryAsync(p => p.Id, ct);
        var routes = await db.Routes.Include(r => r.Items).Include(r => r.Organization).Where(r => r.RegionId == region.Id)
            .OrderBy(r => r.Id).ToListAsync(ct);
        var taken = new Dictionary<int, int>();
        foreach (var route in routes)
        {
            var municipality = route.Organization!.MunicipalityId;
            bool Within(DateOnly from, DateOnly to) => from >= route.PeriodFrom && to <= route.PeriodTo;
            foreach (var item in route.Items.Where(i => i.CompetenceAreaId is not null && i.Status != RouteItemStatus.Cancelled))
            {
                var area = item.CompetenceAreaId!.Value;
                switch (item.Form)
                {
                    case ActivityForm.Courses:
                        var cohort = cohorts.FirstOrDefault(c => programs[c.ProgramId].CompetenceAreaIds.Contains(area) && Within(c.StartsOn, c.EndsOn)
                            && (c.IsOnline || c.MunicipalityId == null || c.MunicipalityId == municipality) && taken.GetValueOrDefault(c.Id) < c.Seats);
                        if (cohort is not null)
                        {
                            item.CohortId = cohort.Id;
                            taken[cohort.Id] = taken.GetValueOrDefault(cohort.Id) + 1;
                        }

                        break;
                    case ActivityForm.MethodicalEvent:
                        item.EventId = events.FirstOrDefault(e => e.CompetenceAreaIds.Contains(area) && Within(e.StartsOn, e.EndsOn)
                            && (e.MunicipalityId == null || e.MunicipalityId == municipality))?.Id;
                        break;
                    case ActivityForm.Community:
                        item.CommunityId = communities.FirstOrDefault(c => c.CompetenceAreaIds.Contains(area)
                            && (c.MunicipalityId == null || c.OrganizationId == route.OrganizationId
                                || (c.MunicipalityId == municipality && c.Level != SupportLevel.Institutional)))?.Id;
                        break;
                }
            }
        }
    }
}
