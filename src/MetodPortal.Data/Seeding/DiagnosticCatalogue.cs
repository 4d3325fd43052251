using MetodPortal.Domain.Diagnostics;
using MetodPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data.Seeding;

/// <summary>
/// The competence areas every region starts with, and for Хабаровский край a few diagnostic materials of the kind
/// ЦНППМ and ХК ИРО use. Added to a region that has none yet, so an existing database gets them on its next start.
/// </summary>
internal static class DiagnosticCatalogue
{
    public const string Subject = "Предметные компетенции";
    public const string Methodical = "Методические компетенции";
    public const string Psychological = "Психолого-педагогические компетенции";
    public const string Communicative = "Коммуникативные компетенции";
    public const string Digital = "Цифровые компетенции";
    public const string Managerial = "Управленческие компетенции";
    public const string Literacy = "Формирование функциональной грамотности";

    private static readonly (string Name, string Description)[] Areas =
    [
        (Subject, "Знание преподаваемого предмета и умение решать предметные задачи"),
        (Methodical, "Проектирование урока и программы, выбор методов и форм обучения, оценивание"),
        (Psychological, "Учёт возрастных и индивидуальных особенностей, работа с детьми с ОВЗ, воспитание"),
        (Communicative, "Взаимодействие с обучающимися, родителями и коллегами, разрешение конфликтов"),
        (Digital, "Цифровые образовательные ресурсы, ФГИС «Моя школа», электронный журнал, дистанционные форматы"),
        (Managerial, "Стратегическое и операционное управление образовательной организацией, управление командой"),
        (Literacy, "Читательская, математическая, естественно-научная и финансовая грамотность обучающихся"),
    ];

    public static async Task EnsureAsync(PortalDbContext db, CancellationToken ct)
    {
        var regions = await db.Regions.Where(r => !db.CompetenceAreas.Any(a => a.RegionId == r.Id)).ToListAsync(ct);
        foreach (var region in regions)
        {
            var areas = Areas.Select((a, i) => new CompetenceArea { RegionId = region.Id, Name = a.Name, Description = a.Description,
                SortOrder = (i + 1) * 10 })
                .ToDictionary(a => a.Name);
            db.CompetenceAreas.AddRange(areas.Values);
            if (region.Code == "27")
            {
                AddInstruments(db, region, areas);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    public const string EfomTest = "Диагностика профессиональных дефицитов педагогических работников (ЕФОМ)";
    public const string MethodicalCase = "Кейс-диагностика методических компетенций учителя";
    public const string DigitalSelfAssessment = "Самооценка цифровых компетенций педагога";
    public const string HeadsTest = "Диагностика управленческих компетенций руководителей образовательных организаций";
    public const string LessonObservation = "Карта наблюдения урока";

    private static void AddInstruments(PortalDbContext db, Region region, Dictionary<string, CompetenceArea> areas)
    {
        void Add(string title, string provider, InstrumentKind kind, InstrumentUsage usage, string description,
            params (string Area, decimal Max, decimal Threshold)[] measures)
        {
            var instrument = new DiagnosticInstrument { RegionId = region.Id, Title = title, Provider = provider, Kind = kind, Usage = usage,
                Description = description };
            for (var i = 0; i < measures.Length; i++)
            {
                instrument.Areas.Add(new InstrumentArea
                {
                    RegionId = region.Id, CompetenceAreaId = areas[measures[i].Area].Id, MaxScore = measures[i].Max,
                        Threshold = measures[i].Threshold, SortOrder = i,
                });
            }

            db.DiagnosticInstruments.Add(instrument);
        }

        Add(EfomTest, "ФГАОУ ДПО «Академия Минпросвещения России»", InstrumentKind.Test, InstrumentUsage.Regional,
            "Единые федеральные оценочные материалы: предметный и методический блоки, проводится в ЦНППМ.",
            (Subject, 20, 12), (Methodical, 20, 12), (Psychological, 15, 9), (Literacy, 15, 9));
        Add(MethodicalCase, "ЦНППМ ХК ИРО", InstrumentKind.Case, InstrumentUsage.AllMethodists,
            "Решение трёх педагогических кейсов с оценкой экспертом по критериям.",
            (Methodical, 10, 6), (Communicative, 10, 6), (Digital, 10, 6));
        Add(DigitalSelfAssessment, "ХК ИРО", InstrumentKind.SelfAssessment, InstrumentUsage.AllMethodists,
            "Анкета самооценки из 25 утверждений по шкале от 0 до 2.",
            (Digital, 50, 30));
        Add(HeadsTest, "ЦНППМ ХК ИРО", InstrumentKind.Test, InstrumentUsage.Regional,
            "Тест и управленческий кейс для руководителей и заместителей руководителей.",
            (Managerial, 30, 20), (Communicative, 10, 6), (Digital, 10, 6));
        Add(LessonObservation, "МАУ «ЦРО» г. Хабаровска", InstrumentKind.Observation, InstrumentUsage.AllMethodists,
            "Посещение и анализ урока по карте наблюдения (методист и наставник).",
            (Methodical, 12, 8), (Psychological, 8, 5), (Communicative, 8, 5));
    }
}
