using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Diagnostics;
using MetodPortal.Domain.Events;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Domain.Programs;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Routes.UseCases;

/// <summary>
/// Offers of the region around an ИОМ item tied to a deficit: each test takes a competence area of its own, so the offers it arranges are
/// the only ones that develop it. Dates lie inside <see cref="RouteArrange"/>'s period and after its today.
/// </summary>
internal static class OfferArrange
{
    public static async Task<int> AreaAsync(PortalFactory factory, string name)
    {
        var region = (await factory.OrganizationAsync(Seeded.KhvSchool)).RegionId;
        await using var db = factory.Db();
        var area = new CompetenceArea { RegionId = region, Name = name, SortOrder = 900 };
        db.CompetenceAreas.Add(area);
        await db.SaveChangesAsync();
        return area.Id;
    }

    /// <summary>A route of the demo school's teacher with one item tied to a deficit in <paramref name="areaId"/>: (route, item).</summary>
    public static async Task<(int Route, int Item)> RouteAsync(PortalFactory factory, RouteStatus status, int areaId)
    {
        var id = await RouteArrange.RouteAsync(factory, status, null, RouteItemStatus.Planned);
        await using var db = factory.Db();
        var item = await db.RouteItems.SingleAsync(i => i.RouteId == id);
        item.CompetenceAreaId = areaId;
        await db.SaveChangesAsync();
        return (id, item.Id);
    }

    public static async Task<int> ProgramAsync(PortalFactory factory, string title, params int[] areaIds)
    {
        var region = (await factory.OrganizationAsync(Seeded.KhvSchool)).RegionId;
        await using var db = factory.Db();
        var program = new ProfessionalProgram
        {
            RegionId = region, Title = title, Provider = "ХК ИРО", Kind = ProgramKind.AdvancedTraining, Format = ProgramFormat.Distance, Hours = 36,
            CompetenceAreaIds = [.. areaIds],
        };
        db.ProfessionalPrograms.Add(program);
        await db.SaveChangesAsync();
        return program.Id;
    }

    /// <summary>A cohort from 01.02.2027 to 28.02.2027 held in <paramref name="municipality"/> (a code; null: the region's centre).</summary>
    public static async Task<int> CohortAsync(PortalFactory factory, int programId, string? municipality, bool online = false, int seats = 20)
    {
        int? municipalityId = municipality is null ? null : (await factory.MunicipalityAsync(municipality)).Id;
        await using var db = factory.Db();
        var program = await db.ProfessionalPrograms.SingleAsync(p => p.Id == programId);
        var cohort = new ProgramCohort
        {
            RegionId = program.RegionId, ProgramId = programId, MunicipalityId = municipalityId, IsOnline = online, Seats = seats,
            StartsOn = new DateOnly(2027, 2, 1), EndsOn = new DateOnly(2027, 2, 28), EnrolmentDeadline = new DateOnly(2027, 1, 20),
        };
        db.ProgramCohorts.Add(cohort);
        await db.SaveChangesAsync();
        return cohort.Id;
    }

    /// <summary>An event on 15.03.2027 organized by <paramref name="organizer"/> at <paramref name="level"/>.</summary>
    public static async Task<int> EventAsync(PortalFactory factory, string title, string organizer, SupportLevel level, int areaId)
    {
        var organization = await factory.OrganizationAsync(organizer);
        await using var db = factory.Db();
        var methodicalEvent = new MethodicalEvent
        {
            RegionId = organization.RegionId, OrganizationId = organization.Id, Title = title, Form = EventForm.Seminar, Level = level,
            MunicipalityId = level == SupportLevel.Regional ? null : organization.MunicipalityId,
            StartsOn = new DateOnly(2027, 3, 15), EndsOn = new DateOnly(2027, 3, 15), CompetenceAreaIds = [areaId],
        };
        db.MethodicalEvents.Add(methodicalEvent);
        await db.SaveChangesAsync();
        return methodicalEvent.Id;
    }

    public static async Task<int> CommunityAsync(PortalFactory factory, string title, string keeper, SupportLevel level, int areaId)
    {
        var organization = await factory.OrganizationAsync(keeper);
        await using var db = factory.Db();
        var community = new Community
        {
            RegionId = organization.RegionId, OrganizationId = organization.Id, Title = title, Kind = CommunityKind.DistrictAssociation,
            Level = level, MunicipalityId = level == SupportLevel.Regional ? null : organization.MunicipalityId,
            ActiveFrom = new DateOnly(2025, 9, 1), CompetenceAreaIds = [areaId],
        };
        db.Communities.Add(community);
        await db.SaveChangesAsync();
        return community.Id;
    }

    /// <summary>
    /// A mentor in <paramref name="areaId"/> at the demo school — a current colleague of <paramref name="menteeId"/> not yet a mentor there
    /// and never paired with them — and a mentoring programme of the school for 2026/27: (mentor, their educator).
    /// </summary>
    public static async Task<(int Mentor, int Educator)> MentorAsync(PortalFactory factory, int menteeId, int areaId, int maxPairs = 1)
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        await using var db = factory.Db();
        var educator = await db.Employments
            .Where(e => e.OrganizationId == school.Id && e.EndDate == null && e.EducatorId != menteeId
                && !db.Mentors.Any(m => m.EducatorId == e.EducatorId && m.OrganizationId == school.Id)
                && !db.MentoringPairs.Any(p => (p.MentorId == e.EducatorId && p.MenteeId == menteeId)
                    || (p.MentorId == menteeId && p.MenteeId == e.EducatorId)))
            .OrderBy(e => e.Id).Select(e => e.EducatorId).FirstAsync();
        db.MentoringPrograms.Add(new MentoringProgram
        {
            RegionId = school.RegionId, OrganizationId = school.Id, Title = "Программа для ИОМ", PeriodFrom = new DateOnly(2026, 9, 1),
            PeriodTo = new DateOnly(2027, 8, 31),
        });
        var mentor = new Mentor
        {
            RegionId = school.RegionId, OrganizationId = school.Id, EducatorId = educator, CompetenceAreaIds = [areaId], MaxPairs = maxPairs,
        };
        db.Mentors.Add(mentor);
        await db.SaveChangesAsync();
        return (mentor.Id, educator);
    }

    /// <summary>The item points at the offer, as «Включить в ИОМ» leaves it.</summary>
    public static async Task LinkAsync(PortalFactory factory, int itemId, OfferKind kind, int offerId)
    {
        await using var db = factory.Db();
        var item = await db.RouteItems.SingleAsync(i => i.Id == itemId);
        (item.CohortId, item.EventId, item.CommunityId) = kind switch
        {
            OfferKind.Cohort => ((int?)offerId, (int?)null, (int?)null),
            OfferKind.Event => (null, offerId, null),
            _ => (null, null, offerId),
        };
        await db.SaveChangesAsync();
    }

    public static async Task<RouteItem> ItemAsync(PortalFactory factory, int itemId)
    {
        await using var db = factory.Db();
        return await db.RouteItems.AsNoTracking().SingleAsync(i => i.Id == itemId);
    }
}
