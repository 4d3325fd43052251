using MetodPortal.Data;
using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Events;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Practices;
using MetodPortal.Domain.Programs;
using MetodPortal.Web.Areas.Organizations.UseCases;
using MetodPortal.Web.Areas.Practices.UseCases;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Api.UseCases;

public sealed record ApiCohort(int Id, int? MunicipalityId, DateOnly StartsOn, DateOnly EndsOn, string? Place, bool IsOnline, int Seats,
    DateOnly? EnrolmentDeadline);

/// <summary>A programme of the ДПП registry with its cohorts (in a year, when one is asked for).</summary>
public sealed record ApiProgram(int Id, string Title, string Provider, int Hours, ProgramKind Kind, ProgramFormat Format, string? ExpertiseProtocolNumber,
    DateOnly? ExpertiseProtocolDate, bool InFederalRegistry, bool IsActive, IReadOnlyList<int> CompetenceAreaIds, IReadOnlyList<ApiCohort> Cohorts);

public sealed record ApiEvent(int Id, string Title, EventForm Form, SupportLevel Level, DateOnly StartsOn, DateOnly EndsOn, int OrganizerId,
    int? MunicipalityId, string? Place, string? Link, bool ForYoungTeachers, EventTopics Topics, IReadOnlyList<int> CompetenceAreaIds);

public sealed record ApiSite(int Id, int OrganizationId, OrganizationStatusKind Kind, OrganizationStatusLevel Level, string Theme, string? OrderNumber,
    DateOnly? OrderDate, DateOnly ValidFrom, DateOnly? ValidTo);

public sealed record ApiPractice(int Id, string Title, PracticeKind Kind, SupportLevel Level, int OrganizationId, int? MunicipalityId, string Authors,
    IReadOnlyList<int> CompetenceAreaIds, DateOnly? PublishedOn);

public sealed record ApiExpert(int Id, string Name, int OrganizationId, IReadOnlyList<int> CompetenceAreaIds, ExpertiseKinds Kinds, string OrderNumber,
    DateOnly OrderDate, DateOnly ValidFrom, DateOnly? ValidTo);

public sealed class ProgramQuery : ApiPaging
{
    /// <summary>Only the cohorts starting in this year, and only the programmes with one.</summary>
    public int? Year { get; set; }
    public int? MunicipalityId { get; set; }
    public bool? Active { get; set; }
}

public sealed class EventQuery : ApiPaging
{
    public int? Year { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    /// <summary>A municipality's events and the regional ones open to it, as the navigator shows them.</summary>
    public int? MunicipalityId { get; set; }
}

public sealed class RegistryQuery : ApiPaging
{
    /// <summary>In force (a site, an expert) or published (a practice) at some point of this year.</summary>
    public int? Year { get; set; }
    public int? MunicipalityId { get; set; }
}

/// <summary>What the region offers, for the API: the ДПП registry with cohorts, the events navigator, the sites, the bank of practices, the experts.</summary>
public static class OffersFeed
{
    public static IQueryable<ApiProgram> Programs(PortalDbContext db, ProgramQuery query, int? id = null)
    {
        var programs = db.ProfessionalPrograms.AsNoTracking().Where(p => id == null || p.Id == id);
        if (query.Active is { } active)
        {
            programs = programs.Where(p => p.IsActive == active);
        }

        var (year, municipalityId) = (query.Year, query.MunicipalityId);
        if (year is not null || municipalityId is not null)
        {
            programs = programs.Where(p => p.Cohorts.Any(c => (year == null || c.StartsOn.Year == year)
                && (municipalityId == null || c.MunicipalityId == municipalityId || c.MunicipalityId == null)));
        }

        return programs.OrderBy(p => p.Id).Select(p => new ApiProgram(p.Id, p.Title, p.Provider, p.Hours, p.Kind, p.Format, p.ExpertiseProtocolNumber,
            p.ExpertiseProtocolDate, p.InFederalRegistry, p.IsActive, p.CompetenceAreaIds,
            p.Cohorts.Where(c => (year == null || c.StartsOn.Year == year)
                    && (municipalityId == null || c.MunicipalityId == municipalityId || c.MunicipalityId == null))
                .OrderBy(c => c.StartsOn).ThenBy(c => c.Id)
                .Select(c => new ApiCohort(c.Id, c.MunicipalityId, c.StartsOn, c.EndsOn, c.Place, c.IsOnline, c.Seats, c.EnrolmentDeadline)).ToList()));
    }

    public static IQueryable<ApiEvent> Events(PortalDbContext db, EventQuery query, int? id = null)
    {
        var events = db.MethodicalEvents.AsNoTracking().Where(e => id == null || e.Id == id);
        if (query.Year is { } year)
        {
            events = events.Where(e => e.StartsOn.Year == year || e.EndsOn.Year == year);
        }

        if (query.From is { } from)
        {
            events = events.Where(e => e.EndsOn >= from);
        }

        if (query.To is { } to)
        {
            events = events.Where(e => e.StartsOn <= to);
        }

        if (query.MunicipalityId is { } municipalityId)
        {
            events = events.Where(e => e.MunicipalityId == municipalityId || e.MunicipalityId == null);
        }

        return events.OrderBy(e => e.StartsOn).ThenBy(e => e.Id).Select(e => new ApiEvent(e.Id, e.Title, e.Form, e.Level, e.StartsOn, e.EndsOn,
            e.OrganizationId, e.MunicipalityId, e.Place, e.Link, e.ForYoungTeachers, e.Topics, e.CompetenceAreaIds));
    }

    /// <summary>The registry of innovation and internship sites, as the sites page reads it.</summary>
    public static IQueryable<ApiSite> Sites(PortalDbContext db, RegistryQuery query) =>
        Organizations.UseCases.Sites.Query(db, new SiteFilter { Year = query.Year, MunicipalityId = query.MunicipalityId })
            .OrderBy(s => s.Id)
            .Select(s => new ApiSite(s.Id, s.OrganizationId, s.Kind, s.Level, s.Theme, s.OrderNumber, s.OrderDate, s.ValidFrom, s.ValidTo));

    /// <summary>The bank's published practices (drafts and reviews are the authors' work in progress, not the registry).</summary>
    public static IQueryable<ApiPractice> Practices(PortalDbContext db, RegistryQuery query) =>
        ListPractices.Matching(db, new PracticeFilter { MunicipalityId = query.MunicipalityId, Status = PracticeStatus.Published })
            .Where(p => query.Year == null || (p.PublishedOn != null && p.PublishedOn.Value.Year == query.Year))
            .OrderBy(p => p.Id)
            .Select(p => new ApiPractice(p.Id, p.Title, p.Kind, p.Level, p.OrganizationId, p.MunicipalityId, p.AuthorNames, p.CompetenceAreaIds,
                p.PublishedOn));

    public static IQueryable<ApiExpert> Experts(PortalDbContext db, RegistryQuery query)
    {
        var experts = db.Experts.AsNoTracking();
        if (query.MunicipalityId is { } municipalityId)
        {
            experts = experts.Where(e => e.Organization!.MunicipalityId == municipalityId);
        }

        if (query.Year is { } year)
        {
            experts = experts.Where(e => e.ValidFrom <= new DateOnly(year, 12, 31) && (e.ValidTo == null || e.ValidTo >= new DateOnly(year, 1, 1)));
        }

        return experts.OrderBy(e => e.Id).Select(e => new ApiExpert(e.Id, e.Educator!.FullName, e.OrganizationId, e.CompetenceAreaIds, e.Kinds,
            e.OrderNumber, e.OrderDate, e.ValidFrom, e.ValidTo));
    }
}
