using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>
/// «Включить в ИОМ»: an item is linked to a ДПП cohort, an event, a community, a site or a mentor (<see cref="IndividualRoute.LinkItem"/>).
/// Only an offer the card would list for the item is taken (<see cref="SuggestOffers"/>: its area, the period, within reach, a free seat),
/// so a posted id of another municipality's offer is refused like any other that does not fit. A mentor gives a new pair in the school's
/// mentoring programme, by the usual pair rules (<see cref="PairValidator"/>), saved with the link. Without an offer the item is unlinked
/// (a pair made for it stays in the programme).
/// </summary>
public sealed class LinkRouteItemOffer(PortalDbContext db, IValidator<PairForm> pairs, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(int id, int itemId, OfferKind? kind, int? offerId, CancellationToken ct)
    {
        var route = await RouteStep.LoadAsync(db, id, ct);
        var item = route?.Items.FirstOrDefault(i => i.Id == itemId);
        if (route is null || item is null)
        {
            return Outcome.NotFound;
        }

        if (RouteRules.LinkError(route, item) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        // A pair made for the item is a record of the school's programme: it stays there when the item is linked to something else.
        var note = item.PairId is null ? "" : " Прежняя наставническая пара осталась в программе наставничества школы.";
        if (kind is not { } k || offerId is not { } oid)
        {
            route.LinkItem(item, null);
            await db.SaveChangesAsync(ct);
            return Outcome.Done("Пункт больше не привязан к предложению." + note);
        }

        var found = await SuggestOffers.FindAsync(db, route, item, k, oid, clock.Today(), ct);
        if (found is null)
        {
            return Outcome.Refused("Это предложение не подходит пункту: оно не развивает его компетенцию, выходит за период ИОМ, "
                + "недоступно педагогу или в нём нет мест.");
        }

        var offer = new RouteOffer(k, oid, found.EndsOn);
        if (k == OfferKind.Mentor)
        {
            var (pair, pairRefusal) = await PairAsync(route, item, oid, ct);
            if (pair is null)
            {
                return Outcome.Refused(pairRefusal!);
            }

            db.MentoringPairs.Add(pair);
            offer = offer with { EndsOn = null, Pair = pair };
        }

        route.LinkItem(item, offer);
        await db.SaveChangesAsync(ct);
        return Outcome.Done((k == OfferKind.Mentor ? $"В ИОМ включено наставничество: {found.Title}; пара добавлена в программу наставничества школы."
            : $"В ИОМ включено: «{found.Title}».") + note);
    }

    /// <summary>The pair of the mentor and the educator for the item, in the school's programme for its period, or why there is none.</summary>
    private async Task<(MentoringPair? Pair, string? Refusal)> PairAsync(IndividualRoute route, RouteItem item, int mentorId, CancellationToken ct)
    {
        var mentor = await db.Mentors.AsNoTracking().FirstAsync(m => m.Id == mentorId, ct);
        var today = clock.Today();
        var from = new[] { today, route.PeriodFrom }.Max();
        var program = await db.MentoringPrograms.Where(p => p.OrganizationId == route.OrganizationId && p.PeriodFrom <= route.PeriodTo && p.PeriodTo >= from)
            .OrderBy(p => p.PeriodFrom).FirstAsync(ct);
        from = from < program.PeriodFrom ? program.PeriodFrom : from;
        var to = new[] { item.Deadline >= from ? item.Deadline : route.PeriodTo, program.PeriodTo }.Min();
        var area = await db.CompetenceAreas.Where(a => a.Id == item.CompetenceAreaId).Select(a => a.Name).FirstOrDefaultAsync(ct);
        var form = new PairForm
        {
            Kind = MentoringForm.TeacherToTeacher, MentorId = mentor.EducatorId, MenteeId = route.EducatorId, CompetenceFocus = area,
            PeriodFrom = from, PeriodTo = to, Context = (program, null),
        };
        var fields = await pairs.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return (null, "Пару с этим наставником создать нельзя: " + string.Join(" ", fields.Errors.Select(e => e.ErrorMessage)));
        }

        var pair = new MentoringPair { RegionId = program.RegionId, OrganizationId = program.OrganizationId, ProgramId = program.Id };
        form.ApplyTo(pair);
        return (pair, null);
    }
}
