using System.ComponentModel.DataAnnotations;
using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Communities;

/// <summary>
/// A professional community (МСНМС regulation §3.2.4–3.2.9, §3.3.2; the regional methodical and managerial actives, РМА and РУА), kept by its owner
/// organization.
/// Besides its owner's subtree, it is visible to those who can see one of its members (as an educator is through an
/// employment), so a school sees the district association its teachers belong to.
/// </summary>
public sealed class Community : IOrgScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }

    /// <summary>The owner organization.</summary>
    public int OrganizationId { get; set; }

    /// <summary>The owner's municipality: the territory a municipal community takes members from; null for a regional one.</summary>
    public int? MunicipalityId { get; set; }
    public CommunityKind Kind { get; set; }
    public SupportLevel Level { get; set; }
    public string Title { get; set; } = "";
    public string? SubjectArea { get; set; }
    public DateOnly ActiveFrom { get; set; }
    public DateOnly? ActiveTo { get; set; }
    public string? Description { get; set; }

    /// <summary>The competence areas of the region's catalogue the community develops.</summary>
    public List<int> CompetenceAreaIds { get; set; } = [];

    public Organizations.Organization? Organization { get; set; }
    public Organizations.Municipality? Municipality { get; set; }
    public List<CommunityMembership> Memberships { get; } = [];

    public bool IsActiveOn(DateOnly date) => ActiveFrom <= date && (ActiveTo is null || date <= ActiveTo);
}

/// <summary>An educator's membership in a community; it carries the member's own organization, so it is filtered on the member's workplace.</summary>
public sealed class CommunityMembership : IEducatorOwned
{
    public int Id { get; set; }
    public int RegionId { get; set; }

    /// <summary>The member's workplace in the community's territory.</summary>
    public int OrganizationId { get; set; }
    public int EducatorId { get; set; }
    public int CommunityId { get; set; }
    public MemberRole Role { get; set; } = MemberRole.Member;
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }

    public Community? Community { get; set; }
    public Staff.Educator? Educator { get; set; }
    public Organizations.Organization? Organization { get; set; }
}

/// <summary>At which level a community or an event works.</summary>
public enum SupportLevel
{
    [Display(Name = "уровень организации")]
    Institutional = 1,

    [Display(Name = "муниципальный")]
    Municipal = 2,

    [Display(Name = "региональный")]
    Regional = 3,
}

public enum MemberRole
{
    [Display(Name = "руководитель")]
    Leader = 1,

    [Display(Name = "участник")]
    Member = 2,
}

public enum CommunityKind
{
    [Display(Name = "районное методическое объединение")]
    DistrictAssociation = 1,

    [Display(Name = "городское методическое объединение")]
    CityAssociation = 2,

    [Display(Name = "муниципальная методическая команда")]
    MunicipalTeam = 3,

    [Display(Name = "методическая школа")]
    MethodicalSchool = 4,

    [Display(Name = "творческая группа")]
    CreativeGroup = 5,

    [Display(Name = "клуб")]
    Club = 6,

    [Display(Name = "пресс-клуб молодых специалистов")]
    YoungSpecialistsPressClub = 7,

    [Display(Name = "школьное методическое объединение")]
    SchoolAssociation = 8,

    [Display(Name = "кафедра")]
    Department = 9,

    [Display(Name = "лаборатория")]
    Laboratory = 10,

    [Display(Name = "региональный методический актив (РМА)")]
    RegionalMethodicalAsset = 11,

    [Display(Name = "региональный управленческий актив (РУА)")]
    RegionalManagementAsset = 12,
}
