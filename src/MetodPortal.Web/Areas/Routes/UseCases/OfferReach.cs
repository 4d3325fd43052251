using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Events;
using MetodPortal.Domain.Programs;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>
/// Which offers are within reach of an organization (or, with none named, of a whole municipality): the ИОМ card proposes them
/// (<see cref="SuggestOffers"/>) and the supply-and-demand figures count them, by this one rule. A cohort online, of the regional centre
/// or held in the municipality; an event or a community of the region, of the organization itself, or of its municipality (an other
/// organization's own ones aside when an organization is named).
/// </summary>
public static class OfferReach
{
    public static IQueryable<ProgramCohort> WithinReach(this IQueryable<ProgramCohort> cohorts, int? municipalityId) =>
        cohorts.Where(c => c.IsOnline || c.MunicipalityId == null || c.MunicipalityId == municipalityId);

    public static IQueryable<MethodicalEvent> WithinReach(this IQueryable<MethodicalEvent> events, int? organizationId, int? municipalityId) =>
        events.Where(e => e.MunicipalityId == null || e.OrganizationId == organizationId
            || (e.MunicipalityId == municipalityId && (organizationId == null || e.Level != SupportLevel.Institutional)));

    public static IQueryable<Community> WithinReach(this IQueryable<Community> communities, int? organizationId, int? municipalityId) =>
        communities.Where(c => c.MunicipalityId == null || c.OrganizationId == organizationId
            || (c.MunicipalityId == municipalityId && (organizationId == null || c.Level != SupportLevel.Institutional)));
}
