using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Practices;
using MetodPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using static MetodPortal.Data.Seeding.DiagnosticCatalogue;

namespace MetodPortal.Data.Seeding;

/// <summary>
/// The demo bank of effective practices and the registry of experts: the region's criteria, six experts of four schools (the demo teacher
/// among them), practices in every state — published after two reviews, under expertise with the demo teacher's review still to write,
/// submitted, a draft and one returned — and the РУМО experts of a ДПП. Adds no figure to the nine indicators.
/// </summary>
internal static class DemoPractices
{
    private static readonly (string Name, int Max)[] Criteria =
    [
        ("Актуальность и соответствие приоритетам региона", 5), ("Результативность (подтверждённые результаты)", 5), ("Новизна", 5),
        ("Тиражируемость: возможность переноса в другие организации", 5), ("Методическая проработанность материалов", 5),
    ];

    public static async Task SeedAsync(PortalDbContext db, Region region, Educator teacher, CancellationToken ct)
    {
        var criteria = Criteria.Select((c, i) => new PracticeCriterion { RegionId = region.Id, Name = c.Name, MaxScore = c.Max, SortOrder = i + 1 }).ToList();
        db.PracticeCriteria.AddRange(criteria);
        var areas = await db.CompetenceAreas.Where(a => a.RegionId == region.Id).ToDictionaryAsync(a => a.Name, a => a.Id, ct);
        var schools = await db.Organizations.Where(o => o.RegionId == region.Id && o.ShortName != null).ToDictionaryAsync(o => o.ShortName!, ct);
        var staff = (await db.Employments.Include(x => x.Educator).Where(x => x.RegionId == region.Id && x.IsMain && x.EducatorId != teacher.Id)
                .OrderBy(x => x.EducatorId).ToListAsync(ct))
            .ToLookup(x => x.OrganizationId, x => x.Educator!);
        Educator Person(string school, int n) => staff[schools[school].Id].Where(e => !e.IsHead).ElementAt(n);

        var khv12 = schools["МАОУ «СШ № 12»"];
        var gymnasium4 = schools["МБОУ «Гимназия № 4»"];
        var kms31 = schools["МОУ СОШ № 31"];
        var lyceum33 = schools["МОУ «Лицей № 33»"];
        var all = ExpertiseKinds.Practices | ExpertiseKinds.Contests;
        Expert Expert(Organization school, Educator educator, ExpertiseKinds kinds, string[] fields, string? subjects) =>
            Add(db, new Expert
            {
                RegionId = region.Id, OrganizationId = school.Id, EducatorId = educator.Id, Kinds = kinds, Subjects = subjects,
                CompetenceAreaIds = [.. fields.Select(f => areas[f]).Order()], OrderNumber = "45-р", OrderDate = new DateOnly(2026, 1, 15),
                ValidFrom = new DateOnly(2026, 1, 15), ValidTo = new DateOnly(2028, 12, 31),
            });
        var demoTeacher = Expert(khv12, teacher, ExpertiseKinds.Practices, [Methodical, Literacy], "математика");
        var fromGymnasium = Expert(gymnasium4, Person("МБОУ «Гимназия № 4»", 0), all | ExpertiseKinds.Programs, [Methodical, Psychological], "русский язык");
        var fromKms = Expert(kms31, Person("МОУ СОШ № 31", 0), all, [Methodical, Literacy, Subject], "физика");
        var fromLyceum = Expert(lyceum33, Person("МОУ «Лицей № 33»", 0), all | ExpertiseKinds.Programs, [Digital, Methodical], "информатика");
        var managerial = Expert(kms31, Person("МОУ СОШ № 31", 1), ExpertiseKinds.Practices | ExpertiseKinds.Attestation, [Managerial, Communicative], null);
        Expert(khv12, Person("МАОУ «СШ № 12»", 0), ExpertiseKinds.Attestation, [Subject], "биология");

        // The РУМО opinion on the management course was given by two experts of the registry.
        var management = await db.ProfessionalPrograms.FirstAsync(p => p.RegionId == region.Id && p.Title.StartsWith("Управление качеством"), ct);
        management.ExpertIds = [fromGymnasium.Id, fromLyceum.Id];

        Practice Practice(Organization school, string title, PracticeKind kind, SupportLevel level, string[] fields, Educator[] authors, string description,
            string? links = null) =>
            Add(db, new Practice
            {
                RegionId = region.Id, OrganizationId = school.Id, MunicipalityId = school.MunicipalityId, Title = title, Kind = kind, Level = level,
                CompetenceAreaIds = [.. fields.Select(f => areas[f]).Order()], AuthorIds = [.. authors.Select(a => a.Id)],
                AuthorNames = string.Join(", ", authors.Select(a => a.FullName)), Description = description, Links = links,
            });
        void Reviewed(Practice practice, DateOnly submitted, (Expert Expert, int[] Scores, bool Recommended, string Opinion)?[] reviews)
        {
            (practice.Status, practice.SubmittedOn, practice.Round) = (PracticeStatus.UnderExpertise, submitted, 1);
            foreach (var review in reviews.OfType<(Expert Expert, int[] Scores, bool Recommended, string Opinion)>())
            {
                practice.Reviews.Add(new PracticeReview
                {
                    RegionId = region.Id, Round = 1, ExpertId = review.Expert.Id, ExpertEducatorId = review.Expert.EducatorId,
                    CriterionIds = [.. criteria.Select(c => c.Id)], Scores = [.. review.Scores], Recommended = review.Recommended, Opinion = review.Opinion,
                    WrittenOn = submitted.AddDays(14),
                });
            }
        }

        var literacy = Practice(khv12, "Сетевой банк заданий по функциональной грамотности для 5–7 классов", PracticeKind.Pedagogical, SupportLevel.Municipal,
            [Literacy, Methodical], [Person("МАОУ «СШ № 12»", 1), Person("МАОУ «СШ № 12»", 2)],
            "Цель — научить учителей-предметников составлять контекстные задания по читательской, математической и естественно-научной грамотности.\n"
            + "Содержание: банк из 120 заданий с критериями оценивания, сетевые методические встречи школ-партнёров раз в четверть.\n"
            + "Результаты: доля обучающихся 7 классов, справившихся с заданиями PISA-типа, выросла с 41 до 58 %.",
            "https://example.org/fg-bank");
        Reviewed(literacy, new DateOnly(2026, 3, 2),
            [(fromKms, [5, 4, 4, 5, 4], true, "Практика актуальна и подкреплена результатами; банк заданий готов к переносу."),
             (fromGymnasium, [5, 5, 3, 4, 4], true, "Рекомендую к публикации; стоит добавить описание сетевых встреч.")]);
        (literacy.Status, literacy.PublishedOn) = (PracticeStatus.Published, new DateOnly(2026, 3, 20));

        var mentoring = Practice(kms31, "«Наставник рядом»: адаптация молодого учителя в первый год работы", PracticeKind.Mentoring, SupportLevel.Institutional,
            [Psychological, Communicative], [Person("МОУ СОШ № 31", 2)],
            "Модель наставничества «педагог — молодой специалист» с индивидуальным планом адаптации, еженедельными встречами пары и "
            + "взаимопосещением уроков. Результат: все молодые педагоги школы остались в профессии после первого года.");
        Reviewed(mentoring, new DateOnly(2026, 4, 6),
            [(demoTeacher, [4, 4, 3, 5, 4], true, "Практика проста в переносе; хорошо описаны формы работы пары."),
             (fromLyceum, [4, 5, 3, 4, 3], true, "Рекомендую; результаты подтверждены.")]);
        (mentoring.Status, mentoring.PublishedOn) = (PracticeStatus.Published, new DateOnly(2026, 4, 28));

        var digital = Practice(lyceum33, "Смешанное обучение на платформе ФГИС «Моя школа»", PracticeKind.Innovative, SupportLevel.Regional,
            [Digital, Methodical], [Person("МОУ «Лицей № 33»", 1)],
            "Ротационная модель смешанного обучения в 8–9 классах: станции онлайн-работы, работы с учителем и проектной работы.",
            "https://example.org/smeshannoe");
        Reviewed(digital, new DateOnly(2026, 9, 7),
            [(fromKms, [5, 4, 4, 4, 5], true, "Инновационная практика с готовыми сценариями уроков."),
             (demoTeacher, [4, 4, 5, 3, 4], true, "Рекомендую; нужны условия оснащения для переноса.")]);
        (digital.Status, digital.PublishedOn) = (PracticeStatus.Published, new DateOnly(2026, 10, 1));

        var heads = Practice(kms31, "Управленческий совет по дефицитам: ИОМ руководителя методического объединения", PracticeKind.IndividualRoutes,
            SupportLevel.Institutional, [Managerial, Methodical], [Person("МОУ СОШ № 31", 3)],
            "Руководители ШМО вместе с заместителем директора разбирают результаты диагностики и строят ИОМ педагогов на полугодие.");
        Reviewed(heads, new DateOnly(2026, 10, 19),
            [(fromGymnasium, [4, 4, 4, 4, 4], true, "Рекомендую к публикации."), (fromLyceum, [5, 4, 3, 4, 4], true, "Практика рабочая.")]);
        (heads.Status, heads.PublishedOn) = (PracticeStatus.Published, new DateOnly(2026, 11, 10));

        // Under expertise: one review written, the demo teacher's still to write.
        var lessons = Practice(gymnasium4, "Урок с формирующим оцениванием: школьная педагогическая мастерская", PracticeKind.Pedagogical,
            SupportLevel.Institutional, [Methodical, Literacy], [Person("МБОУ «Гимназия № 4»", 1), Person("МБОУ «Гимназия № 4»", 2)],
            "Мастерская из пяти встреч: учителя разрабатывают и взаимно посещают уроки с приёмами формирующего оценивания, затем разбирают их по "
            + "единой карте наблюдения.");
        Reviewed(lessons, new DateOnly(2026, 11, 16),
            [(fromKms, [4, 3, 3, 4, 4], true, "Практика полезна; прошу приложить карту наблюдения урока."), null]);
        lessons.Reviews.Add(new PracticeReview
        {
            RegionId = region.Id, Round = 1, ExpertId = demoTeacher.Id, ExpertEducatorId = demoTeacher.EducatorId,
            CriterionIds = [.. criteria.Select(c => c.Id)],
        });

        // Комсомольск's practice under expertise: the managerial expert has written, the gymnasium's is still to write.
        var engineers = Practice(lyceum33, "Проектная неделя «Инженеры будущего»", PracticeKind.Pedagogical, SupportLevel.Municipal, [Subject, Digital],
            [Person("МОУ «Лицей № 33»", 2)], "Неделя межпредметных инженерных проектов для 6–8 классов с защитой перед представителями предприятий.");
        Reviewed(engineers, new DateOnly(2026, 11, 23), [(managerial, [4, 4, 4, 3, 3], true, "Практика интересна; опишите роль предприятий."), null]);
        engineers.Reviews.Add(new PracticeReview
        {
            RegionId = region.Id, Round = 1, ExpertId = fromGymnasium.Id, ExpertEducatorId = fromGymnasium.EducatorId,
            CriterionIds = [.. criteria.Select(c => c.Id)],
        });

        var robotics = Practice(schools["МАОУ «ЛИТ»"], "Открытая лаборатория робототехники для школ района", PracticeKind.Innovative, SupportLevel.Municipal,
            [Digital, Subject], [Person("МАОУ «ЛИТ»", 1)], "Лаборатория лицея раз в неделю принимает учащихся и учителей соседних школ.");
        (robotics.Status, robotics.SubmittedOn) = (PracticeStatus.Submitted, new DateOnly(2026, 12, 1));

        var returned = Practice(gymnasium4, "Школьный клуб профилактики выгорания педагогов", PracticeKind.Managerial, SupportLevel.Institutional,
            [Psychological], [Person("МБОУ «Гимназия № 4»", 3)], "Ежемесячные встречи клуба с психологом, супервизия сложных случаев.");
        (returned.Status, returned.SubmittedOn, returned.ReturnReason) = (PracticeStatus.Returned, new DateOnly(2026, 10, 5),
            "Опишите результаты: как изменились показатели выгорания участников клуба, и приложите программу встреч.");

        Practice(khv12, "Методический четверг: короткие встречи по разбору уроков", PracticeKind.Pedagogical, SupportLevel.Institutional, [Methodical],
            [Person("МАОУ «СШ № 12»", 3)], "Черновик: еженедельные 30-минутные встречи учителей для разбора фрагментов уроков.");
        await db.SaveChangesAsync(ct);
    }

    private static T Add<T>(PortalDbContext db, T entity)
        where T : class
    {
        db.Add(entity);
        return entity;
    }
}
