namespace MetodPortal.Domain.Organizations;

/// <summary>Which level an organization has, given its type and whether it belongs to a municipality.</summary>
public static class OrganizationRules
{
    public static bool IsRegionalBody(OrganizationType type) =>
        type is OrganizationType.Ministry or OrganizationType.DevelopmentInstitute or OrganizationType.ProfessionalExcellenceCentre;

    public static bool IsMunicipalBody(OrganizationType type) =>
        type is OrganizationType.EducationAuthority or OrganizationType.EducationDevelopmentCentre or OrganizationType.SupportCentre;

    /// <summary>Schools, kindergartens and organizations of additional education are counted in the indicators by default.</summary>
    public static bool CountsInIndicatorsByDefault(OrganizationType type) =>
        type is OrganizationType.School or OrganizationType.Kindergarten or OrganizationType.AdditionalEducation;

    /// <returns>The level, or null when the type cannot stand there (a ministry inside a municipality, a municipal body without one).</returns>
    public static OrganizationLevel? LevelOf(OrganizationType type, bool inMunicipality) => (inMunicipality, type) switch
    {
        (false, _) when IsMunicipalBody(type) || CountsInIndicatorsByDefault(type) => null,
        (false, _) => OrganizationLevel.Regional,
        (true, _) when IsRegionalBody(type) => null,
        (true, _) when IsMunicipalBody(type) => OrganizationLevel.Municipal,
        _ => OrganizationLevel.Institutional,
    };
}
