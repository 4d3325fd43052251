using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Staff;

/// <summary>
/// One period of a qualification category in an educator's history: the category held on a date is the one whose
/// period covers it (an unknown assignment date counts as "held since before"). Written whenever the educator's
/// current category or its date changes (the staff form, the import, the seed), so indicator 6 counts the category
/// held on the reporting date, not today's.
/// </summary>
public sealed class CategoryAssignment : IRegionScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int EducatorId { get; set; }
    public QualificationCategory Category { get; set; }
    public DateOnly? AssignedOn { get; set; }
    public DateOnly? EndedOn { get; set; }

    public bool Covers(DateOnly date) => (AssignedOn is null || AssignedOn <= date) && (EndedOn is null || EndedOn >= date);
}
