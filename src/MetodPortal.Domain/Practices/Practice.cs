using System.ComponentModel.DataAnnotations;
using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Practices;

/// <summary>
/// An effective practice in the region's bank (seed 004, direction 2, 4.8; direction 3, 2.1–2.3): a draft of its organization, submitted by
/// the school or a methodist, reviewed by two experts of the registry, then published for the whole region or returned with the reasons.
/// </summary>
public sealed class Practice : IOrgScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int OrganizationId { get; set; }

    /// <summary>The organization's municipality (null for a regional one), for the region-wide search by municipality.</summary>
    public int? MunicipalityId { get; set; }
    public string Title { get; set; } = "";
    public PracticeKind Kind { get; set; }

    /// <summary>Where the practice was tried and works: in one organization, a municipality, the region.</summary>
    public SupportLevel Level { get; set; }
    public string Description { get; set; } = "";
    public List<int> CompetenceAreaIds { get; set; } = [];

    /// <summary>The authors, educators of the organization; their names are kept as written then, for readers all over the region.</summary>
    public List<int> AuthorIds { get; set; } = [];
    public string AuthorNames { get; set; } = "";

    /// <summary>Links to materials elsewhere (a site, a video), one per line.</summary>
    public string? Links { get; set; }
    public PracticeStatus Status { get; set; } = PracticeStatus.Draft;

    /// <summary>The expertise round: each assignment of experts starts the next one, and its reviews carry its number.</summary>
    public int Round { get; set; }
    public string? ReturnReason { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public DateOnly? PublishedOn { get; set; }

    public Organizations.Organization? Organization { get; set; }
    public List<PracticeFile> Files { get; } = [];
    public List<PracticeReview> Reviews { get; } = [];

    /// <summary>A draft or a returned practice is the school's to change; once submitted it waits for the region.</summary>
    public bool IsEditable => Status is PracticeStatus.Draft or PracticeStatus.Returned;

    public IEnumerable<PracticeReview> ReviewsOfRound() => Reviews.Where(r => r.Round == Round);

    public string? Submit(DateOnly today)
    {
        if (!IsEditable)
        {
            return $"Практика уже {DisplayNames.Of(Status)}.";
        }

        (Status, SubmittedOn, ReturnReason) = (PracticeStatus.Submitted, today, null);
        return null;
    }

    /// <summary>
    /// The region sends a submitted practice to two experts (checked by <see cref="PracticeRules.ExpertsError"/>), to score on the region's
    /// criteria as they are now (<paramref name="criterionIds"/>, in order): a criterion added later is for the next practices.
    /// </summary>
    public string? StartExpertise(IReadOnlyList<Expert> experts, IReadOnlyList<int> criterionIds, DateOnly today, IReadOnlySet<int> colleagues)
    {
        if (Status != PracticeStatus.Submitted)
        {
            return "На экспертизу направляют поданную практику.";
        }

        if (criterionIds.Count == 0)
        {
            return "Критерии экспертизы практик в регионе не заданы.";
        }

        if (PracticeRules.ExpertsError(this, experts, today, colleagues) is { } refusal)
        {
            return refusal;
        }

        (Status, Round) = (PracticeStatus.UnderExpertise, Round + 1);
        foreach (var expert in experts)
        {
            Reviews.Add(new PracticeReview
            {
                RegionId = RegionId, Round = Round, ExpertId = expert.Id, ExpertEducatorId = expert.EducatorId, CriterionIds = [.. criterionIds],
            });
        }

        return null;
    }

    /// <summary>An expert of the current round gives (or corrects, until the region decides) their scores on the review's criteria
    /// (<paramref name="criteria"/>, in the review's order) and their conclusion.</summary>
    public string? WriteReview(
        PracticeReview review, IReadOnlyList<PracticeCriterion> criteria, IReadOnlyList<int?> scores, bool? recommended, string? opinion,
        DateOnly today)
    {
        if (Status != PracticeStatus.UnderExpertise || review.Round != Round)
        {
            return "Экспертиза этой практики уже завершена.";
        }

        if (PracticeRules.ReviewError(criteria, scores, recommended, opinion) is { } refusal)
        {
            return refusal;
        }

        review.Scores = [.. scores.Select(s => s!.Value)];
        (review.Recommended, review.Opinion, review.WrittenOn) = (recommended, opinion!.Trim(), today);
        return null;
    }

    public string? Publish(DateOnly today)
    {
        if (Status != PracticeStatus.UnderExpertise)
        {
            return "Опубликовать можно практику, прошедшую экспертизу.";
        }

        if (ReviewsOfRound().Any(r => !r.IsWritten))
        {
            return "Экспертиза не завершена: дождитесь заключений обоих экспертов.";
        }

        (Status, PublishedOn) = (PracticeStatus.Published, today);
        return null;
    }

    public string? Return(string? reason)
    {
        if (Status is not (PracticeStatus.Submitted or PracticeStatus.UnderExpertise))
        {
            return "Вернуть на доработку можно поданную практику или практику на экспертизе.";
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return "Укажите, что нужно доработать.";
        }

        (Status, ReturnReason) = (PracticeStatus.Returned, reason.Trim());
        return null;
    }
}

/// <summary>A file of a practice (the same kinds and limits as ИОМ evidence), stored in the database.</summary>
public sealed class PracticeFile : IRegionScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int PracticeId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public byte[] Content { get; set; } = [];
    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>One expert's opinion on a practice in a round: a score on each of the region's criteria and a conclusion.</summary>
public sealed class PracticeReview : IRegionScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int PracticeId { get; set; }
    public int Round { get; set; }
    public int ExpertId { get; set; }

    /// <summary>The expert's educator: who may write the review from their own account (the filters read it without a join).</summary>
    public int ExpertEducatorId { get; set; }

    /// <summary>The criteria to score, the region's list when the round began, and the score of each once written.</summary>
    public List<int> CriterionIds { get; set; } = [];
    public List<int> Scores { get; set; } = [];
    public string? Opinion { get; set; }
    public bool? Recommended { get; set; }
    public DateOnly? WrittenOn { get; set; }

    public Expert? Expert { get; set; }

    public bool IsWritten => WrittenOn is not null;
    public int Total => Scores.Sum();
}

/// <summary>A criterion the region's experts score a practice on, from 0 to its maximum.</summary>
public sealed class PracticeCriterion : IRegionScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public string Name { get; set; } = "";
    public int MaxScore { get; set; }
    public int SortOrder { get; set; }
}

public enum PracticeKind
{
    [Display(Name = "педагогическая практика")]
    Pedagogical = 1,

    [Display(Name = "управленческая практика (в том числе по компенсации ресурсных и компетентностных дефицитов)")]
    Managerial = 2,

    [Display(Name = "практика по сопровождению ИОМ")]
    IndividualRoutes = 3,

    [Display(Name = "практика наставничества")]
    Mentoring = 4,

    [Display(Name = "инновационная практика")]
    Innovative = 5,
}

public enum PracticeStatus
{
    [Display(Name = "черновик")]
    Draft = 1,

    [Display(Name = "подана")]
    Submitted = 2,

    [Display(Name = "на экспертизе")]
    UnderExpertise = 3,

    [Display(Name = "опубликована")]
    Published = 4,

    [Display(Name = "возвращена на доработку")]
    Returned = 5,
}
