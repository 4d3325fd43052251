using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Routes;
using MetodPortal.Domain.Staff;
using MetodPortal.Reports.Routes;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>Turns a route (read through the scope filter) into the words of its PDF document.</summary>
public static class RouteDocuments
{
    public static async Task<RouteDocument> BuildAsync(PortalDbContext db, IndividualRoute route, string formedBy, DateOnly today, CancellationToken ct)
    {
        var names = await Tutors.NamesAsync(db, [route.TutorUserId, route.ApprovedByUserId], ct);
        var position = await db.Employments.Where(e => e.EducatorId == route.EducatorId && e.OrganizationId == route.OrganizationId)
            .OrderBy(e => e.EndDate != null).Select(e => (Position?)e.Position).FirstOrDefaultAsync(ct) ?? route.Educator!.Position;
        var diagnostic = route.DiagnosticId is { } id
            ? await db.Diagnostics.AsNoTracking().Include(d => d.Instrument).ThenInclude(i => i!.Areas)
                .Include(d => d.Scores).Include(d => d.Deficits).ThenInclude(x => x.CompetenceArea)
                .FirstOrDefaultAsync(d => d.Id == id, ct)
            : null;
        var areas = await db.CompetenceAreas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);

        var deficits = diagnostic?.Deficits.OrderBy(x => x.CompetenceArea!.SortOrder).Select(x =>
        {
            if (x.IsManual)
            {
                return new RouteDocumentDeficit(x.CompetenceArea!.Name, "выявлен методистом: " + x.Note);
            }

            var score = diagnostic.Scores.FirstOrDefault(s => s.CompetenceAreaId == x.CompetenceAreaId);
            var scale = diagnostic.Instrument!.Areas.FirstOrDefault(a => a.CompetenceAreaId == x.CompetenceAreaId);
            return new RouteDocumentDeficit(x.CompetenceArea!.Name, score is null || scale is null
                ? "балл ниже порога"
                : $"балл {Display.Number(score.Score)} из {Display.Number(scale.MaxScore)} при пороге {Display.Number(scale.Threshold)}");
        }).ToList() ?? [];

        // A route built without a diagnostic still names the deficits its items close.
        if (diagnostic is null)
        {
            deficits = [.. route.Items.Where(i => i.CompetenceAreaId is not null).Select(i => i.CompetenceAreaId!.Value).Distinct()
                .Select(a => new RouteDocumentDeficit(areas[a], "указан в маршруте"))];
        }

        return new RouteDocument(
            route.Educator!.FullName, route.Organization!.DisplayName, StaffCatalogs.Name(position), diagnostic?.Instrument!.Title, diagnostic?.Date, deficits,
            [.. route.Items.OrderBy(i => i.SortOrder).Select(i => new RouteDocumentItem(
                i.CompetenceAreaId is { } a ? areas[a] : "—", i.Goal, DisplayNames.Of(i.Form), i.Deadline, i.ExpectedResult ?? "—",
                DisplayNames.Of(i.Status) + (i.ConfirmedOn is { } on ? " " + Display.Date(on) : "")))],
            route.TutorUserId is { } tutor ? names.GetValueOrDefault(tutor, "—") : "не назначен",
            route.PeriodFrom, route.PeriodTo, DisplayNames.Of(route.Status), route.ApprovedOn,
            route.ApprovedByUserId is { } approver ? names.GetValueOrDefault(approver) : null, formedBy, today);
    }
}
