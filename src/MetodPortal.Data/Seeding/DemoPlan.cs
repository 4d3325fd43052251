using System.Globalization;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Plan;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data.Seeding;

/// <summary>
/// The demo's plans of measures: seed 004's own complex of measures, measure by measure (from <c>plan-of-measures-458.tsv</c>, the act's table),
/// with its history reported up to the autumn of 2026 — most on time, some late, a few never reported and so overdue — and the city of
/// Khabarovsk's own МСНМС plan for 2026. The demo runs the act's plan to the end of 2026 so that the demo's campaigns fall in its period. The 2025
/// campaign's analytic report waits for review.
/// </summary>
internal static class DemoPlan
{
    private const string Act = "распоряжение министерства образования и науки Хабаровского края от 03.04.2023 № 458";
    private static readonly DateOnly ReportedUntil = new(2026, 10, 1);

    public static async Task SeedAsync(PortalDbContext db, Region region, CancellationToken ct)
    {
        var organizations = await db.Organizations.Where(o => o.RegionId == region.Id && o.Level == OrganizationLevel.Regional && o.ShortName != null)
            .ToDictionaryAsync(o => o.ShortName!, o => o.Id, ct);
        var cnppm = await db.Users.Where(u => u.Email == "cnppm@demo.local").Select(u => u.Id).SingleAsync(ct);
        var closed = await ClosedAsync(db, region, ct);

        var plan = new MeasurePlan
        {
            RegionId = region.Id, Title = "Комплекс мер по созданию и функционированию региональной системы научно-методического сопровождения "
                + "педагогических работников и управленческих кадров Хабаровского края", ApprovedBy = Act, From = new DateOnly(2023, 4, 3),
            To = new DateOnly(2026, 12, 31),
        };
        foreach (var row in ReadRows())
        {
            var measure = Measure(region.Id, null, row);
            measure.ResponsibleIds = [.. row[5].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(s => organizations[s])];
            measure.ExecutorUserIds = measure.ResponsibleIds.Contains(organizations["ЦНППМ"]) ? [cnppm] : [];
            plan.Measures.Add(measure);
        }

        var city = await db.Organizations.Where(o => o.RegionId == region.Id && o.Type == OrganizationType.EducationDevelopmentCentre)
            .Select(o => new { o.Id, o.MunicipalityId }).FirstAsync(ct);
        var cityPlan = new MeasurePlan
        {
            RegionId = region.Id, MunicipalityId = city.MunicipalityId, Title = "План работы МСНМС города Хабаровска на 2026 год",
            ApprovedBy = "приказ управления образования администрации г. Хабаровска (демонстрационный)", From = new DateOnly(2026, 1, 1),
            To = new DateOnly(2026, 12, 31),
        };
        string[][] cityRows =
        [
            ["1", "Мониторинг МСНМС", "1", "Анализ результатов мониторинга МСНМС по учреждениям города", "МАУ «ЦРО»", "", "директор МАУ «ЦРО»", "ежегодно",
                "аналитическая справка", "Yearly", "2026-04-30", "", "None", "", ""],
            ["1", "Мониторинг МСНМС", "2", "Разработка ИОМ педагогов с выявленными дефицитами", "МАУ «ЦРО», ОО", "", "методисты МАУ «ЦРО»", "ежегодно",
                "ИОМ не менее чем для 10 % педагогов", "Yearly", "", "", "Indicator", "2", "10"],
            ["2", "Методическое сопровождение", "1", "Городские методические семинары для молодых педагогов", "МАУ «ЦРО»", "", "методисты МАУ «ЦРО»",
                "ежеквартально", "программа семинаров", "Quarterly", "", "", "Count", "Events", "4"],
        ];
        foreach (var row in cityRows)
        {
            var measure = Measure(region.Id, city.MunicipalityId, row);
            measure.ResponsibleIds = [city.Id];
            cityPlan.Measures.Add(measure);
        }

        var k = 0;
        foreach (var (measure, from, to) in plan.Measures.Select(m => (m, plan.From, plan.To)).Concat(cityPlan.Measures.Select(m => (m, cityPlan.From,
            cityPlan.To))))
        {
            MeasureSchedule.Apply(measure, MeasureSchedule.Of(measure, from, to, closed));
            foreach (var occurrence in measure.Occurrences.Where(o => o.Due < ReportedUntil && o.CampaignId is null))
            {
                Report(occurrence, measure, k++);
            }
        }

        db.MeasurePlans.AddRange(plan, cityPlan);
        await db.SaveChangesAsync(ct);
        await AnalysisAsync(db, region, ct);
    }

    /// <summary>History: one in nine late by two weeks, one in thirteen never reported (overdue); results link to the portal's registries.</summary>
    private static void Report(MeasureOccurrence occurrence, PlanMeasure measure, int k)
    {
        if (k % 13 == 5)
        {
            return;
        }

        var on = k % 9 == 4 ? occurrence.Due.AddDays(14) : occurrence.Due.AddDays(-(k % 20));
        var link = measure.Target == TargetKind.Count && measure.TargetCount is PlanCount.PublishedPractices ? "/practices"
            : measure.Target == TargetKind.Count ? "/events" : measure.ExpectedResult.Contains("реестр", StringComparison.Ordinal) ? "/sites" : null;
        occurrence.Complete(on, $"Выполнено: {measure.ExpectedResult}.", link, "Киселёв Андрей Николаевич");
    }

    private static PlanMeasure Measure(int regionId, int? municipalityId, string[] row) => new()
    {
        RegionId = regionId, MunicipalityId = municipalityId, Direction = int.Parse(row[0], CultureInfo.InvariantCulture), DirectionTitle = row[1],
        Number = row[2], Title = row[3], Responsible = row[4], Executors = row[6], DeadlineText = row[7], ExpectedResult = row[8],
        Deadline = Enum.Parse<DeadlineKind>(row[9]), DueOn = row[10] == "" ? null : DateOnly.Parse(row[10], CultureInfo.InvariantCulture),
        DaysAfter = row[11] == "" ? null : int.Parse(row[11], CultureInfo.InvariantCulture), Target = Enum.Parse<TargetKind>(row[12]),
        TargetIndicator = row[12] == nameof(TargetKind.Indicator) ? int.Parse(row[13], CultureInfo.InvariantCulture) : null,
        TargetCount = row[12] == nameof(TargetKind.Count) ? Enum.Parse<PlanCount>(row[13]) : null,
        TargetValue = row[14] == "" ? null : decimal.Parse(row[14], CultureInfo.InvariantCulture),
    };

    /// <summary>The region's closed campaigns with the day each closed in the region's time.</summary>
    private static async Task<List<ClosedCampaign>> ClosedAsync(PortalDbContext db, Region region, CancellationToken ct) =>
        [.. (await db.MonitoringCampaigns.Where(c => c.RegionId == region.Id).ToListAsync(ct))
            .Select(c => ClosedCampaign.Of(c, TimeZoneInfo.FindSystemTimeZoneById(region.TimeZone))).OfType<ClosedCampaign>()];

    /// <summary>The 2025 campaign's analytic report, written by ЦНППМ and sent to review.</summary>
    private static async Task AnalysisAsync(PortalDbContext db, Region region, CancellationToken ct)
    {
        foreach (var campaign in await ClosedAsync(db, region, ct))
        {
            var report = new AnalyticReport { RegionId = region.Id, CampaignId = campaign.Id, Due = campaign.ClosedOn.AddDays(30) };
            report.Write(new Dictionary<string, string?>
            {
                ["summary"] = $"Мониторинг за {campaign.Year} год проведён во всех муниципальных образованиях края; формы большинства организаций приняты.",
                ["indicator:2"] = "Доля педагогов с ИОМ выросла, но в части муниципалитетов остаётся ниже 10 %, установленных комплексом мер.",
                ["risks"] = "Не сданы формы части организаций; у молодых педагогов мало наставнических пар.",
                ["proposals"] = "Провести методические десанты в муниципалитеты с низкими значениями показателей 2 и 8.",
            });
            report.SendToReview();
            db.AnalyticReports.Add(report);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The act's table: a header line, then a tab-separated measure a line.</summary>
    private static IEnumerable<string[]> ReadRows()
    {
        using var stream = typeof(DemoPlan).Assembly.GetManifestResourceStream("plan-of-measures-458.tsv")
            ?? throw new InvalidOperationException("The plan of measures resource is missing.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var rows = new List<string[]>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            rows.Add(line.Split('\t'));
        }

        return rows;
    }
}
