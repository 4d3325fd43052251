using System.ComponentModel.DataAnnotations;
using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Organizations;

/// <summary>A status in the innovation infrastructure: an innovation or internship site, municipal or regional.</summary>
public sealed class OrganizationStatus : IOrgScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int OrganizationId { get; set; }
    public OrganizationStatusKind Kind { get; set; }
    public OrganizationStatusLevel Level { get; set; }
    public string Theme { get; set; } = "";
    public string? OrderNumber { get; set; }
    public DateOnly? OrderDate { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    /// <summary>The competence areas of the region's catalogue its theme develops: an internship there is offered in ИОМ with such deficits.</summary>
    public List<int> CompetenceAreaIds { get; set; } = [];

    public Organization? Organization { get; set; }

    public bool IsActiveOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}

public enum OrganizationStatusKind
{
    [Display(Name = "Инновационная площадка")]
    InnovationSite = 1,

    [Display(Name = "Стажировочная площадка")]
    InternshipSite = 2,
}

public enum OrganizationStatusLevel
{
    [Display(Name = "Муниципальная")]
    Municipal = 1,

    [Display(Name = "Региональная")]
    Regional = 2,
}
