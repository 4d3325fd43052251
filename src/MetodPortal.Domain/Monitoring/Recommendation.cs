using System.ComponentModel.DataAnnotations;
using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Monitoring;

/// <summary>
/// A targeted recommendation (МСНМС regulation §7; the regional set of measures, direction 1 §3.3: within 30 days of the analysis) for an
/// organization or a municipality whose
/// indicator is under its threshold in a campaign: generated from <see cref="RecommendationRules"/>, then edited
/// and followed by the coordinator or the ministry. Exactly one of <see cref="OrganizationId"/> and
/// <see cref="MunicipalityId"/> is the target; <see cref="Source"/> says which figures found the indicator under
/// threshold, so a target may hold one recommendation per indicator from each source.
/// </summary>
public sealed class Recommendation : IRegionScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int CampaignId { get; set; }
    public int Indicator { get; set; }
    public int? OrganizationId { get; set; }
    public int? MunicipalityId { get; set; }
    public IndicatorSource Source { get; set; }

    /// <summary>The value (percent) and the threshold when the recommendation was given.</summary>
    public decimal Value { get; set; }
    public decimal Threshold { get; set; }
    public string Text { get; set; } = "";
    public RecommendationStatus Status { get; set; } = RecommendationStatus.New;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ChangedAt { get; set; }

    /// <summary>When the analytic report that carries it was issued and the addressee told (null before).</summary>
    public DateOnly? IssuedOn { get; set; }

    /// <summary>The addressee's answer: what was done, and when.</summary>
    public string? Answer { get; set; }
    public DateOnly? AnsweredOn { get; set; }
    public string? AnsweredBy { get; set; }

    public MonitoringCampaign? Campaign { get; set; }

    /// <summary>Nobody has edited it or taken it into work, so generating again may replace it.</summary>
    public bool IsUntouched => Status == RecommendationStatus.New && ChangedAt is null;
}

public enum RecommendationStatus
{
    [Display(Name = "новая")]
    New = 1,

    [Display(Name = "в работе")]
    InProgress = 2,

    [Display(Name = "выполнена")]
    Done = 3,

    [Display(Name = "снята")]
    Dismissed = 4,
}

/// <summary>The text templates of targeted recommendations: for each indicator, the measures of the regional set of measures that raise it.</summary>
public static class RecommendationRules
{
    private static readonly Dictionary<int, string> Measures = new()
    {
        [1] = "провести оценку (диагностику) профессиональных дефицитов педагогических работников и руководителей и проанализировать её результаты "
            + "(комплекс мер, направление 2, п. 3.1–3.3: диагностика профессиональных компетенций, анализ результатов, расширение диагностического комплекса).",
        [2] = "разработать индивидуальные образовательные маршруты с учётом выявленных дефицитов и обеспечить их сопровождение силами РМА и РУА "
            + "(направление 2, п. 3.4–3.5: ИОМ не менее чем для 10 % педагогов).",
        [3] = "закрепить за педагогами до 35 лет первых трёх лет работы наставников, включить их в ИОМ, мероприятия для молодых педагогов и "
            + "профессиональные сообщества "
            + "(направление 2, п. 4.2 и 4.7: региональные мероприятия для педагогов, взаимодействие с наставниками из числа лучших педагогов края).",
        [4] = "включить молодых педагогов в мероприятия проектов поддержки молодых педагогов: конкурсы профессионального мастерства, слёты, "
            + "мастер-классы, методические десанты "
            + "(направление 2, п. 4.2, 4.3, 4.5).",
        [5] = "направить руководителей на ДПП повышения квалификации с учётом выявленных дефицитов и на семинары-практикумы «Команда будущего», затем "
            + "провести повторную диагностику "
            + "(направление 2, п. 1.6–1.7, 4.6).",
        [6] = "организовать адресную методическую помощь руководителям и подготовку к аттестации на высшую квалификационную категорию, включить "
            + "руководителей в региональный управленческий актив "
            + "(направление 2, п. 4.9; направление 1, п. 4: РУА).",
        [7] = "утвердить программы наставничества в учреждениях, где их нет, опираясь на банк эффективных практик педагогического наставничества "
            + "(направление 3, п. 2.2, 2.6 и 3.2: практики наставничества, единая база наставников).",
        [8] = "расширить наставнические пары и формы наставничества, вовлечь педагогов из единой базы наставников "
            + "(направление 3, п. 2.2, 2.6 и 3.2; направление 2, п. 4.7).",
        [9] = "включить педагогов в сетевые профессиональные сообщества и методические объединения, в деятельность РМА и экспертную деятельность "
            + "(направление 2, п. 4.8 и 4.10; направление 1, п. 4: РМА).",
    };

    /// <summary>The generated text for a target whose indicator is under its threshold.</summary>
    public static string TextFor(int indicator, string target, Share share, decimal threshold)
    {
        var passport = Indicators.Passports[indicator - 1];
        var value = share.Percent!.Value.ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("ru-RU"));
        return $"{target}: показатель {indicator} «{passport.Short}» — {value} % ({share.Part} из {share.Whole}) при пороге "
            + $"{threshold.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("ru-RU"))} %. Рекомендуется {Measures[indicator]}";
    }

    /// <summary>Whether a target needs a recommendation on this indicator: there is someone to count and the value is under the threshold.</summary>
    public static bool IsNeeded(Share share, decimal threshold) => share.Whole > 0 && !share.Meets(threshold);
}
