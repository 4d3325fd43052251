using MetodPortal.Data;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Routes.Controllers;

/// <summary>What the pages of <see cref="RoutesController"/> show: the card, the route's form and the item's form, read through the scoped context.</summary>
public static class RoutePages
{
    public static async Task<RouteCardModel> CardAsync(PortalDbContext db, IndividualRoute route, bool canManage, bool canReport, DateOnly today,
        CancellationToken ct)
    {
        var names = await Tutors.NamesAsync(db, [route.TutorUserId, route.ApprovedByUserId, .. route.Items.Select(i => i.ConfirmedByUserId)], ct);
        var itemIds = route.Items.Select(i => i.Id).ToList();
        var files = await db.RouteEvidence.AsNoTracking().Where(e => itemIds.Contains(e.RouteItemId))
            .Select(e => new EvidenceFile(e.Id, e.RouteItemId, e.FileName, e.Size, e.UploadedAt)).ToListAsync(ct);
        var offers = canManage ? await SuggestOffers.ForRouteAsync(db, route, today, ct) : new Dictionary<int, IReadOnlyList<OfferSuggestion>>();
        var basis = await BasisAsync(db, route.DiagnosticId, ct);
        var mentors = await MunicipalMentors.OfPairsAsync(db, route.Items.Where(i => i.Pair is not null).Select(i => i.Pair!.MentorId), ct);
        return new RouteCardModel(route, basis, names, files.ToLookup(f => f.ItemId), offers, mentors, canManage, canReport, today, null);
    }

    /// <summary>The header's form: the educator's current workplaces, and the tutors of the chosen (or first) one.</summary>
    public static async Task<RouteFormModel> FormAsync(PortalDbContext db, RouteForm form, IndividualRoute? existing, DateOnly today, CancellationToken ct)
    {
        var educator = await db.Educators.AsNoTracking().FirstAsync(e => e.Id == form.EducatorId, ct);
        var workplaces = await db.Employments.AsNoTracking().Where(e => e.EducatorId == form.EducatorId && (e.EndDate == null || e.EndDate >= today))
            .Select(e => e.Organization!).ToListAsync(ct);
        var organization = workplaces.FirstOrDefault(o => o.Id == form.OrganizationId) ?? workplaces.FirstOrDefault();
        form.OrganizationId ??= organization?.Id;
        var tutors = organization is null ? [] : await Tutors.For(db, organization).ToListAsync(ct);
        var choices = workplaces.Select(o => new Choice(o.Id, o.DisplayName)).ToList();
        return new RouteFormModel(form, existing, educator, await BasisAsync(db, form.DiagnosticId, ct), choices, tutors);
    }

    public static async Task<RouteItemFormModel> ItemFormAsync(PortalDbContext db, IndividualRoute route, RouteItem? item, RouteItemForm form,
        CancellationToken ct) =>
        new(route, item, form, await db.CompetenceAreas.AsNoTracking().OrderBy(a => a.SortOrder).Select(a => new Choice(a.Id, a.Name)).ToListAsync(ct));

    /// <summary>The diagnostic a route is based on, with its instrument and deficits, as the form and the card show it.</summary>
    private static async Task<Domain.Diagnostics.Diagnostic?> BasisAsync(PortalDbContext db, int? diagnosticId, CancellationToken ct) => diagnosticId is { } id
        ? await db.Diagnostics.AsNoTracking().Include(d => d.Instrument).Include(d => d.Deficits).ThenInclude(x => x.CompetenceArea)
            .FirstOrDefaultAsync(d => d.Id == id, ct)
        : null;
}

public sealed record RouteListModel(RouteFilter Filter, Page<RouteRow> Page, IReadOnlyList<Choice> Organizations,
    IReadOnlyList<Choice> Municipalities, DateOnly Today);

public sealed record EvidenceFile(int Id, int ItemId, string FileName, long Size, DateTimeOffset UploadedAt);

public sealed record RouteCardModel(
    IndividualRoute Route, Domain.Diagnostics.Diagnostic? Diagnostic, IReadOnlyDictionary<int, string> UserNames, ILookup<int, EvidenceFile> Files,
    IReadOnlyDictionary<int, IReadOnlyList<OfferSuggestion>> Offers, IReadOnlyDictionary<int, PairMentor> Mentors, bool CanManage, bool CanReport,
    DateOnly Today, string? Refusal, int? RefusedItemId = null);

public sealed record RouteFormModel(
    RouteForm Form, IndividualRoute? Existing, Domain.Staff.Educator Educator, Domain.Diagnostics.Diagnostic? Diagnostic, IReadOnlyList<Choice> Workplaces,
    IReadOnlyList<Choice> Tutors);

public sealed record RouteItemFormModel(IndividualRoute Route, RouteItem? Item, RouteItemForm Form, IReadOnlyList<Choice> Areas);

public sealed record RouteReasonModel(IndividualRoute Route, string? Reason);
