using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Staff;

/// <summary>
/// A pedagogical worker or manager: one person of the region, however many organizations employ them (so a person
/// at two schools is counted once above the school level). Visible to a user when one of their employments is.
/// People are never deleted once recorded; an employment is ended instead.
/// </summary>
public sealed class Educator : IRegionScoped, IVersioned
{
    public uint Version { get; set; }

    public int Id { get; set; }
    public int RegionId { get; set; }
    public string LastName { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string? MiddleName { get; set; }
    public DateOnly BirthDate { get; set; }

    /// <summary>The position at the main place of work.</summary>
    public Position Position { get; set; }
    public bool IsHead { get; set; }
    public bool IsDeputy { get; set; }
    public QualificationCategory Category { get; set; }
    public DateOnly? CategoryDate { get; set; }

    /// <summary>The date of entering the pedagogical profession; the basis of "years in the profession".</summary>
    public DateOnly? ProfessionStartDate { get; set; }
    public string? Email { get; set; }

    /// <summary>Normalized full name and birth date (<see cref="EducatorIdentity"/>); unique in the region.</summary>
    public string MatchKey { get; set; } = "";

    public List<Employment> Employments { get; } = [];

    public string FullName => string.IsNullOrWhiteSpace(MiddleName) ? $"{LastName} {FirstName}" : $"{LastName} {FirstName} {MiddleName}";

    public int Age(DateOnly on) => EducatorFacts.FullYears(BirthDate, on);

    public int? YearsInProfession(DateOnly on) => ProfessionStartDate is { } start ? Math.Max(0, EducatorFacts.FullYears(start, on)) : null;

    public bool IsYoung(DateOnly on) => EducatorFacts.IsYoung(BirthDate, on);

    public bool IsInFirstYears(DateOnly on) => EducatorFacts.IsInFirstYears(ProfessionStartDate, on);
}
