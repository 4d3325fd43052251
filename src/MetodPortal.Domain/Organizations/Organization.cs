using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Organizations;

/// <summary>
/// An organization of the system: regional (ministry, ИРО, ЦНППМ), municipal (управление образования, МАУ ЦРО, МОЦ)
/// or institutional (a school, a kindergarten, …). Its place in the tree is the materialized <see cref="Path"/>.
/// </summary>
public sealed class Organization : IRegionScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }

    /// <summary>Null for a regional organization.</summary>
    public int? MunicipalityId { get; set; }

    /// <summary>An organization inside another one (for example a structural unit); null at the top of its municipality.</summary>
    public int? ParentId { get; set; }

    /// <summary>Materialized tree path, see <see cref="OrganizationPath"/>; "inside my subtree" is a prefix test.</summary>
    public string Path { get; set; } = "";

    public string Name { get; set; } = "";
    public string? ShortName { get; set; }
    public OrganizationLevel Level { get; set; }
    public OrganizationType Type { get; set; }
    public string? Inn { get; set; }
    public string? Address { get; set; }

    /// <summary>Whether the organization is counted in the effectiveness indicators (schools and kindergartens are).</summary>
    public bool CountsInIndicators { get; set; }

    public Region? Region { get; set; }
    public Municipality? Municipality { get; set; }
    public Organization? Parent { get; set; }
    public List<OrganizationStatus> Statuses { get; } = [];

    public string DisplayName => string.IsNullOrWhiteSpace(ShortName) ? Name : ShortName;
}
