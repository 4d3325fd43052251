using System.ComponentModel.DataAnnotations;
using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Mentoring;

/// <summary>An organization's mentoring programme (the regional target model of mentoring, МСНМС regulation §3.3.3): adopted by an order, for a
/// period.</summary>
public sealed class MentoringProgram : IOrgScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int OrganizationId { get; set; }
    public string Title { get; set; } = "";
    public string? OrderNumber { get; set; }
    public DateOnly? OrderDate { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }

    /// <summary>The curator of the programme: an employee of the organization.</summary>
    public int? CuratorId { get; set; }

    public Organizations.Organization? Organization { get; set; }
    public Staff.Educator? Curator { get; set; }
    public List<MentoringPair> Pairs { get; } = [];
}
