using MetodPortal.Domain.Organizations;

namespace MetodPortal.Domain.Communities;

/// <summary>Which level a kind of community works at, who may own it, and whom it takes as members.</summary>
public static class CommunityRules
{
    /// <summary>The level a kind fixes; null where any level fits (a creative group or a club may be school, municipal or regional).</summary>
    public static SupportLevel? FixedLevel(CommunityKind kind) => kind switch
    {
        CommunityKind.DistrictAssociation or CommunityKind.CityAssociation or CommunityKind.MunicipalTeam => SupportLevel.Municipal,
        CommunityKind.SchoolAssociation => SupportLevel.Institutional,
        CommunityKind.RegionalMethodicalAsset or CommunityKind.RegionalManagementAsset => SupportLevel.Regional,
        _ => null,
    };

    public static string? LevelError(CommunityKind kind, SupportLevel level) =>
        FixedLevel(kind) is { } fixedLevel && fixedLevel != level
            ? $"«{DisplayNames.Of(kind)}» — сообщество уровня «{DisplayNames.Of(fixedLevel)}»."
            : null;

    /// <summary>A regional community or event belongs to a regional organization; the others to an organization of a municipality.</summary>
    public static string? OwnerError(SupportLevel level, Organization owner) => (level, owner.MunicipalityId) switch
    {
        (SupportLevel.Regional, not null) => "Региональный уровень — только у региональной организации (ЦНППМ, ИРО, министерство).",
        (not SupportLevel.Regional, null) => "Этот уровень — у организации муниципалитета; региональная организация ведёт региональный уровень.",
        _ => null,
    };

    /// <summary>
    /// Whether an organization is in the community's territory: the region for a regional community, the municipality
    /// for a municipal one, the owner itself for a community of one organization.
    /// </summary>
    public static bool TakesMembersFrom(Community community, Organization workplace) => community.Level switch
    {
        SupportLevel.Regional => workplace.RegionId == community.RegionId,
        SupportLevel.Municipal => workplace.MunicipalityId == community.MunicipalityId,
        _ => workplace.Id == community.OrganizationId,
    };

    public static string? MembershipPeriodError(Community community, DateOnly from, DateOnly? to)
    {
        if (to is { } end && end < from)
        {
            return "Дата выхода раньше даты вступления.";
        }

        if (from < community.ActiveFrom || (community.ActiveTo is { } closed && from > closed))
        {
            return "Дата вступления вне периода работы сообщества.";
        }

        return null;
    }
}
