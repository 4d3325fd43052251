using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Staff;

/// <summary>An educator's work at one organization: position, personnel number, main or part-time, from–to.</summary>
public sealed class Employment : IOrgScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int OrganizationId { get; set; }
    public int EducatorId { get; set; }
    public Position Position { get; set; }
    public string? PersonnelNumber { get; set; }

    /// <summary>Main place of work (true) or part-time (совместительство).</summary>
    public bool IsMain { get; set; } = true;
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    public Educator? Educator { get; set; }
    public Organizations.Organization? Organization { get; set; }

    public bool IsActiveOn(DateOnly date) => (StartDate is null || StartDate <= date) && (EndDate is null || date <= EndDate);
}
