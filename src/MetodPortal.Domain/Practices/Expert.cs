using System.ComponentModel.DataAnnotations;
using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Practices;

/// <summary>
/// An educator in the region's registry of experts (seed 004, direction 2, 4.10): their fields, the order that included them and the period;
/// the expertises they do (practice reviews, РУМО protocols on ДПП) count on their card.
/// </summary>
public sealed class Expert : IEducatorOwned
{
    public int Id { get; set; }
    public int RegionId { get; set; }

    /// <summary>Where the expert works and is kept.</summary>
    public int OrganizationId { get; set; }
    public int EducatorId { get; set; }
    public List<int> CompetenceAreaIds { get; set; } = [];
    public string? Subjects { get; set; }
    public ExpertiseKinds Kinds { get; set; }
    public string OrderNumber { get; set; } = "";
    public DateOnly OrderDate { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    public Staff.Educator? Educator { get; set; }
    public Organizations.Organization? Organization { get; set; }

    public bool IsActiveOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}

[Flags]
public enum ExpertiseKinds
{
    None = 0,

    [Display(Name = "эффективные практики")]
    Practices = 1,

    [Display(Name = "ДПП (РУМО)")]
    Programs = 2,

    [Display(Name = "конкурсы профессионального мастерства")]
    Contests = 4,

    [Display(Name = "аттестация педагогов")]
    Attestation = 8,
}

public static class PracticeRules
{
    public const int ExpertsPerPractice = 2;

    /// <summary>
    /// Two different experts of the registry, in force today, who review practices, none of them an author nor working at the practice's
    /// organization (<paramref name="colleagues"/>: the experts' educators employed there).
    /// </summary>
    public static string? ExpertsError(Practice practice, IReadOnlyList<Expert> experts, DateOnly today, IReadOnlySet<int> colleagues)
    {
        if (experts.Select(e => e.EducatorId).Distinct().Count() != ExpertsPerPractice)
        {
            return "Выберите двух разных экспертов.";
        }

        if (experts.FirstOrDefault(e => !e.IsActiveOn(today) || !e.Kinds.HasFlag(ExpertiseKinds.Practices)) is not null)
        {
            return "Эксперт должен состоять в реестре на сегодня и проводить экспертизу практик.";
        }

        return experts.Any(e => e.OrganizationId == practice.OrganizationId || colleagues.Contains(e.EducatorId)
                || practice.AuthorIds.Contains(e.EducatorId))
            ? "Эксперт не может оценивать практику своей организации или свою собственную."
            : null;
    }

    /// <summary>Each criterion scored from 0 to its maximum, and a conclusion.</summary>
    public static string? ReviewError(IReadOnlyList<PracticeCriterion> criteria, IReadOnlyList<int?> scores, bool? recommended, string? opinion)
    {
        if (criteria.Count == 0)
        {
            return "Критерии экспертизы практик в регионе не заданы.";
        }

        if (scores.Count != criteria.Count || scores.Select((s, i) => s is null || s < 0 || s > criteria[i].MaxScore).Any(bad => bad))
        {
            return "Оцените практику по каждому критерию — от 0 до максимального балла критерия.";
        }

        return recommended is null ? "Укажите вывод: рекомендовать практику к публикации или вернуть на доработку."
            : string.IsNullOrWhiteSpace(opinion) ? "Напишите заключение эксперта." : null;
    }
}
