using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Mentoring;

/// <summary>
/// An educator registered as a mentor: in given competence areas of the region's catalogue, at the organization they work at, or for
/// its whole municipality, with a limit on the pairs they lead at a time. The ИОМ offers a mentor to an educator of the same organization
/// (a pair lives in that school's mentoring programme, both people working there); a mentor for a municipality also counts as the
/// municipality's supply.
/// </summary>
public sealed class Mentor : IEducatorOwned
{
    public int Id { get; set; }
    public int RegionId { get; set; }

    /// <summary>Where the mentor works and is kept.</summary>
    public int OrganizationId { get; set; }
    public int EducatorId { get; set; }

    /// <summary>Set when the mentor serves the municipality of <see cref="OrganizationId"/>, not only their own organization.</summary>
    public bool ForMunicipality { get; set; }
    public List<int> CompetenceAreaIds { get; set; } = [];
    public int MaxPairs { get; set; } = 2;
    public string? Note { get; set; }

    public Staff.Educator? Educator { get; set; }
    public Organizations.Organization? Organization { get; set; }
}

public static class MentorRules
{
    public const int MaxPairsLimit = 10;
}
