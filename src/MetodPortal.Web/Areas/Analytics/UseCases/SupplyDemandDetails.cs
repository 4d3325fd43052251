using MetodPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Analytics.UseCases;

public sealed record DeficitPerson(int EducatorId, string Name, string Organization, DateOnly Diagnosed);

public sealed record OfferLine(string Kind, string Title, string Detail, string Url);

/// <summary>The people and the offers behind one area of <see cref="SupplyAndDemand"/>: by the same queries, so the counts agree.</summary>
public sealed record SupplyDemandDetails(IReadOnlyList<DeficitPerson> People, IReadOnlyList<OfferLine> Offers)
{
    public static async Task<SupplyDemandDetails> BuildAsync(PortalDbContext db, Territory t, int areaId, CancellationToken ct)
    {
        var municipality = await SupplyAndDemand.MunicipalityOfAsync(db, t, ct);
        var people = (await SupplyAndDemand.OpenDeficits(db, t).Where(d => d.CompetenceAreaId == areaId)
                .Join(db.Diagnostics, d => d.DiagnosticId, x => x.Id, (d, x) => new
                {
                    d.EducatorId, x.Educator!.FullName, Organization = x.Organization!.ShortName ?? x.Organization.Name, Diagnosed = x.Date,
                })
                .ToListAsync(ct))
            .GroupBy(p => p.EducatorId).Select(g => g.MaxBy(p => p.Diagnosed)!)
            .Select(p => new DeficitPerson(p.EducatorId, p.FullName, p.Organization, p.Diagnosed))
            .OrderBy(p => p.Name, StringComparer.Ordinal).ToList();

        var cohorts = await SupplyAndDemand.Cohorts(db, t, municipality).Where(c => c.Program!.CompetenceAreaIds.Contains(areaId))
            .OrderBy(c => c.StartsOn).Select(c => new { c.ProgramId, c.Program!.Title, c.StartsOn, c.EndsOn, c.Seats, c.IsOnline }).ToListAsync(ct);
        var events = await SupplyAndDemand.Events(db, t, municipality).Where(e => e.CompetenceAreaIds.Contains(areaId)).OrderBy(e => e.StartsOn)
            .Select(e => new { e.Id, e.Title, e.StartsOn }).ToListAsync(ct);
        var communities = await SupplyAndDemand.Communities(db, t, municipality).Where(c => c.CompetenceAreaIds.Contains(areaId)).OrderBy(c => c.Title)
            .Select(c => new { c.Id, c.Title }).ToListAsync(ct);
        var places = await SupplyAndDemand.MentorPlaces(db, t, municipality, areaId).ToListAsync(ct);
        var ids = places.Select(m => m.Id).ToList();
        var mentorNames = await db.Mentors.Where(m => ids.Contains(m.Id)).OrderBy(m => m.Educator!.LastName)
            .Select(m => new { m.Id, m.Educator!.LastName, m.Educator.FirstName, Organization = m.Organization!.ShortName ?? m.Organization.Name })
            .ToListAsync(ct);
        return new SupplyDemandDetails(people,
        [
            .. cohorts.Select(c => new OfferLine("ДПП", c.Title, $"{Infrastructure.Display.Date(c.StartsOn)} — {Infrastructure.Display.Date(c.EndsOn)}, "
                + $"{c.Seats} мест{(c.IsOnline ? ", онлайн" : "")}", $"/programs/{c.ProgramId}")),
            .. events.Select(e => new OfferLine("мероприятие", e.Title, Infrastructure.Display.Date(e.StartsOn), $"/events/{e.Id}")),
            .. communities.Select(c => new OfferLine("сообщество", c.Title, "", $"/communities/{c.Id}")),
            .. mentorNames.Select(m => new OfferLine("наставник", $"{m.LastName} {m.FirstName}",
                $"{m.Organization}, свободно мест: {places.First(p => p.Id == m.Id).Free}", "/mentoring/mentors")),
        ]);
    }
}
