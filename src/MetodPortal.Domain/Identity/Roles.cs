using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Identity;

/// <summary>The portal's roles (docs/security.md): code names, Russian names, and the scope each role gives.</summary>
public static class Roles
{
    public const string SystemAdmin = "SystemAdmin";
    public const string Ministry = "Ministry";
    public const string RegionalMethodist = "RegionalMethodist";
    public const string Coordinator = "Coordinator";
    public const string Methodist = "Methodist";
    public const string SchoolAdmin = "SchoolAdmin";
    public const string Teacher = "Teacher";

    public static readonly IReadOnlyList<string> All =
        [SystemAdmin, Ministry, RegionalMethodist, Coordinator, Methodist, SchoolAdmin, Teacher];

    public static string DisplayName(string role) => role switch
    {
        SystemAdmin => "Администратор системы",
        Ministry => "Специалист министерства",
        RegionalMethodist => "Методист ЦНППМ / ИРО",
        Coordinator => "Координатор МСНМС",
        Methodist => "Методист",
        SchoolAdmin => "Администратор ОО",
        Teacher => "Педагог",
        _ => role,
    };

    public static bool IsKnown(string? role) => role is not null && All.Contains(role);

    /// <summary>The scope a role gives a user attached to an organization.</summary>
    public static ScopeLevel ScopeOf(string role) => role switch
    {
        SystemAdmin => ScopeLevel.Global,
        Ministry or RegionalMethodist => ScopeLevel.Region,
        Coordinator or Methodist => ScopeLevel.Municipality,
        SchoolAdmin or Teacher => ScopeLevel.Organization,
        _ => ScopeLevel.None,
    };

    /// <summary>Whether a user with this role may be attached to that organization (null for none).</summary>
    public static bool FitsOrganization(string role, Organization? organization) => ScopeOf(role) switch
    {
        ScopeLevel.Global => organization is null,
        ScopeLevel.Region => organization is { Level: OrganizationLevel.Regional },
        ScopeLevel.Municipality => organization is { MunicipalityId: not null },
        ScopeLevel.Organization => organization is { Level: OrganizationLevel.Institutional },
        _ => false,
    };
}
