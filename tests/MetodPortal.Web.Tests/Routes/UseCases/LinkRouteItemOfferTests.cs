using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Routes.UseCases;

public sealed class LinkRouteItemOfferTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static LinkRouteItemOffer UseCase(Data.PortalDbContext db) => new(db, new PairValidator(db), RouteArrange.Clock);

    [Fact]
    public async Task The_item_is_offered_what_develops_its_area_within_reach_with_free_seats_best_first()
    {
        var area = await OfferArrange.AreaAsync(factory, "Формирующее оценивание");
        var (id, item) = await OfferArrange.RouteAsync(factory, RouteStatus.Draft, area);
        var program = await OfferArrange.ProgramAsync(factory, "Оценивание на уроке", area);
        var regional = await OfferArrange.CohortAsync(factory, program, null, seats: 20);
        var online = await OfferArrange.CohortAsync(factory, program, "KMS", online: true, seats: 30);
        await OfferArrange.CohortAsync(factory, program, "KMS");
        var full = await OfferArrange.CohortAsync(factory, program, null, seats: 1);
        var other = await OfferArrange.RouteAsync(factory, RouteStatus.Draft, area);
        await OfferArrange.LinkAsync(factory, other.Item, OfferKind.Cohort, full);

        var ownSchool = await OfferArrange.EventAsync(factory, "Семинар школы", Seeded.KhvSchool, SupportLevel.Institutional, area);
        await OfferArrange.EventAsync(factory, "Семинар другой школы", Seeded.KhvGymnasium, SupportLevel.Institutional, area);
        await OfferArrange.EventAsync(factory, "Семинар Комсомольска", Seeded.KmsSchool, SupportLevel.Municipal, area);
        var city = await OfferArrange.CommunityAsync(factory, "Городское МО", "МАУ «ЦРО»", SupportLevel.Municipal, area);
        await using var db = factory.Db();
        var route = await db.Routes.Include(r => r.Items).SingleAsync(r => r.Id == id);

        var offers = (await SuggestOffers.ForRouteAsync(db, route, RouteArrange.Today, default))[item];

        Assert.Equal([(OfferKind.Community, city), (OfferKind.Cohort, online), (OfferKind.Cohort, regional), (OfferKind.Event, ownSchool)],
            offers.Select(o => (o.Kind, o.Id)));
        Assert.Equal([null, 30, 20, null], offers.Select(o => o.FreeSeats));
    }

    [Fact]
    public async Task A_chosen_cohort_links_the_item_and_sets_its_form_and_deadline_and_none_unlinks_it()
    {
        var area = await OfferArrange.AreaAsync(factory, "Проектная деятельность");
        var (id, item) = await OfferArrange.RouteAsync(factory, RouteStatus.Draft, area);
        var cohort = await OfferArrange.CohortAsync(factory, await OfferArrange.ProgramAsync(factory, "Проекты в школе", area), null);
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("В ИОМ включено: «Проекты в школе»."), await UseCase(db).HandleAsync(id, item, OfferKind.Cohort, cohort, default));
        var linked = await OfferArrange.ItemAsync(factory, item);
        Assert.Equal((cohort, ActivityForm.Courses, new DateOnly(2027, 2, 28)), (linked.CohortId!.Value, linked.Form, linked.Deadline));

        await using var again = factory.Db();
        Assert.Equal(Outcome.Done("Пункт больше не привязан к предложению."), await UseCase(again).HandleAsync(id, item, null, null, default));
        Assert.Null((await OfferArrange.ItemAsync(factory, item)).CohortId);
    }

    [Fact]
    public async Task An_offer_out_of_the_educators_reach_or_of_another_area_is_refused_and_nothing_changes()
    {
        var area = await OfferArrange.AreaAsync(factory, "Инклюзивное образование");
        var elsewhere = await OfferArrange.AreaAsync(factory, "Музейная педагогика");
        var (id, item) = await OfferArrange.RouteAsync(factory, RouteStatus.Draft, area);
        var kms = await OfferArrange.CohortAsync(factory, await OfferArrange.ProgramAsync(factory, "Инклюзия: Комсомольск", area), "KMS");
        var otherArea = await OfferArrange.CohortAsync(factory, await OfferArrange.ProgramAsync(factory, "Музей в школе", elsewhere), null);
        await using var db = factory.Db();

        Assert.IsType<Outcome.Refusal>(await UseCase(db).HandleAsync(id, item, OfferKind.Cohort, kms, default));
        Assert.IsType<Outcome.Refusal>(await UseCase(db).HandleAsync(id, item, OfferKind.Cohort, otherArea, default));

        var unchanged = await OfferArrange.ItemAsync(factory, item);
        Assert.Equal((null, ActivityForm.Courses, new DateOnly(2027, 3, 1)), (unchanged.CohortId, unchanged.Form, unchanged.Deadline));
    }

    [Fact]
    public async Task A_done_item_keeps_its_offer_and_an_unknown_route_is_not_found()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.InProgress, null, RouteItemStatus.Done);
        var item = (await RouteArrange.ItemIdsAsync(factory, id))[0];
        await using var db = factory.Db();

        Assert.Equal(Outcome.Refused("Предложение можно выбрать для пункта черновика или для ещё не выполненного пункта."),
            await UseCase(db).HandleAsync(id, item, null, null, default));
        Assert.Equal(Outcome.NotFound, await UseCase(db).HandleAsync(int.MaxValue, item, null, null, default));
    }

    [Fact]
    public async Task A_chosen_mentor_makes_a_pair_in_the_schools_programme_and_a_mentor_without_a_free_place_is_not_offered()
    {
        var area = await OfferArrange.AreaAsync(factory, "Воспитательная работа");
        var (id, item) = await OfferArrange.RouteAsync(factory, RouteStatus.InProgress, area);
        var route = await RouteArrange.ReloadAsync(factory, id);
        var (mentor, mentorEducator) = await OfferArrange.MentorAsync(factory, route.EducatorId, area);
        await using var db = factory.Db();
        var loaded = await db.Routes.Include(r => r.Items).SingleAsync(r => r.Id == id);
        Assert.Equal([(OfferKind.Mentor, mentor, (int?)1)], (await SuggestOffers.ForRouteAsync(db, loaded, RouteArrange.Today, default))[item]
            .Select(o => (o.Kind, o.Id, o.FreeSeats)));

        var outcome = Assert.IsType<Outcome.Success>(await UseCase(db).HandleAsync(id, item, OfferKind.Mentor, mentor, default));

        Assert.StartsWith("В ИОМ включено наставничество:", outcome.Message, StringComparison.Ordinal);
        var linked = await OfferArrange.ItemAsync(factory, item);
        await using var check = factory.Db();
        var pair = await check.MentoringPairs.AsNoTracking().SingleAsync(p => p.Id == linked.PairId);
        Assert.Equal((mentorEducator, route.EducatorId, MentoringForm.TeacherToTeacher, PairStatus.Active, "Воспитательная работа"),
            (pair.MentorId, pair.MenteeId!.Value, pair.Form, pair.Status, pair.CompetenceFocus));
        Assert.Equal((RouteArrange.Today, new DateOnly(2027, 3, 1), ActivityForm.Mentoring), (pair.PeriodFrom, pair.PeriodTo, linked.Form));

        var second = await OfferArrange.RouteAsync(factory, RouteStatus.Draft, area);
        var other = await check.Routes.Include(r => r.Items).SingleAsync(r => r.Id == second.Route);
        Assert.DoesNotContain((await SuggestOffers.ForRouteAsync(check, other, RouteArrange.Today, default))[second.Item], o => o.Kind == OfferKind.Mentor);

        await using var unlink = factory.Db();
        Assert.Equal(Outcome.Done("Пункт больше не привязан к предложению. Прежняя наставническая пара осталась в программе наставничества школы."),
            await UseCase(unlink).HandleAsync(id, item, null, null, default));
        Assert.True(await check.MentoringPairs.AnyAsync(p => p.Id == pair.Id));
        Assert.Null((await OfferArrange.ItemAsync(factory, item)).PairId);
    }

    [Fact]
    public async Task A_site_of_the_educators_municipality_is_offered_and_one_of_another_municipality_is_not()
    {
        var area = await OfferArrange.AreaAsync(factory, "Робототехника");
        var (id, item) = await OfferArrange.RouteAsync(factory, RouteStatus.Draft, area);
        await using var db = factory.Db();
        var gymnasium = await db.Organizations.SingleAsync(o => o.ShortName == Seeded.KhvGymnasium);
        var kms = await db.Organizations.SingleAsync(o => o.ShortName == Seeded.KmsSchool);
        OrganizationStatus Site(int organizationId, OrganizationStatusLevel level) => new()
        {
            RegionId = gymnasium.RegionId, OrganizationId = organizationId, Kind = OrganizationStatusKind.InternshipSite, Level = level,
            Theme = "Робототехника на уроках технологии", OrderNumber = "1", ValidFrom = new DateOnly(2026, 1, 1), CompetenceAreaIds = [area],
        };
        var near = Site(gymnasium.Id, OrganizationStatusLevel.Municipal);
        db.OrganizationStatuses.AddRange(near, Site(kms.Id, OrganizationStatusLevel.Municipal));
        await db.SaveChangesAsync();
        var route = await db.Routes.Include(r => r.Items).SingleAsync(r => r.Id == id);

        var offers = (await SuggestOffers.ForRouteAsync(db, route, RouteArrange.Today, default))[item];
        Assert.Equal([(OfferKind.Site, near.Id)], offers.Select(o => (o.Kind, o.Id)));
        Assert.Equal(Outcome.Done("В ИОМ включено: «Робототехника на уроках технологии»."),
            await UseCase(db).HandleAsync(id, item, OfferKind.Site, near.Id, default));
        var linked = await OfferArrange.ItemAsync(factory, item);
        Assert.Equal((near.Id, ActivityForm.Internship), (linked.SiteId!.Value, linked.Form));
    }

    [Fact]
    public async Task A_mentor_for_the_municipality_from_another_school_is_offered_and_paired_and_one_for_another_school_or_town_is_not()
    {
        var area = await OfferArrange.AreaAsync(factory, "Работа с родителями");
        var (id, item) = await OfferArrange.RouteAsync(factory, RouteStatus.InProgress, area);
        var route = await RouteArrange.ReloadAsync(factory, id);
        await Mentoring.UseCases.MentoringArrange.ProgramAsync(factory);
        var municipal = await Mentoring.UseCases.MentoringArrange.MentorAtAsync(factory, Seeded.KhvGymnasium, forMunicipality: true, area);
        await Mentoring.UseCases.MentoringArrange.MentorAtAsync(factory, Seeded.KhvGymnasium, forMunicipality: false, area);
        await Mentoring.UseCases.MentoringArrange.MentorAtAsync(factory, Seeded.KmsSchool, forMunicipality: true, area);
        await using var scope = factory.As(await factory.PrincipalAsync("methodist@demo.local"));
        var db = scope.Get<Data.PortalDbContext>();
        var mentor = await db.Mentors.SingleAsync(m => m.EducatorId == municipal);
        var loaded = await db.Routes.Include(r => r.Items).SingleAsync(r => r.Id == id);

        var offer = Assert.Single((await SuggestOffers.ForRouteAsync(db, loaded, RouteArrange.Today, default))[item]);
        Assert.Equal((OfferKind.Mentor, mentor.Id, 1, "наставник муниципалитета · " + Seeded.KhvGymnasium),
            (offer.Kind, offer.Id, offer.Distance, offer.Detail));

        Assert.IsType<Outcome.Success>(await UseCase(db).HandleAsync(id, item, OfferKind.Mentor, mentor.Id, default));
        await using var check = factory.Db();
        var pair = await check.MentoringPairs.AsNoTracking().SingleAsync(p => p.Id == check.RouteItems.Single(i => i.Id == item).PairId);
        Assert.Equal((municipal, route.EducatorId, route.OrganizationId), (pair.MentorId, pair.MenteeId!.Value, pair.OrganizationId));
    }
}
