using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Routes.UseCases;

public sealed class ReviseRouteTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static ReviseRoute UseCase(Data.PortalDbContext db) => new(db, new RouteValidator(db));

    [Fact]
    public async Task A_draft_gets_its_new_period_and_note_and_keeps_whose_it_is()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Draft, null, RouteItemStatus.Planned);
        var before = await RouteArrange.ReloadAsync(factory, id);
        var form = RouteForm.From(before);
        (form.EducatorId, form.PeriodTo, form.Note) = (int.MaxValue, new DateOnly(2027, 8, 31), " Уточнено ");
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("Изменения сохранены.", id), await UseCase(db).HandleAsync(id, form, default));

        var route = await RouteArrange.ReloadAsync(factory, id);
        Assert.Equal((before.EducatorId, new DateOnly(2027, 8, 31), "Уточнено"), (route.EducatorId, route.PeriodTo, route.Note));
    }

    [Fact]
    public async Task An_end_before_the_start_is_invalid_and_the_route_stays()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Draft, null, RouteItemStatus.Planned);
        var form = RouteForm.From(await RouteArrange.ReloadAsync(factory, id));
        form.PeriodTo = form.PeriodFrom!.Value.AddDays(-1);
        await using var db = factory.Db();

        var outcome = Assert.IsType<Outcome.Invalidity>(await UseCase(db).HandleAsync(id, form, default));

        Assert.Equal("Окончание периода должно быть позже начала.", Assert.Single(outcome.Errors.Errors).ErrorMessage);
        Assert.Equal(new DateOnly(2027, 6, 30), (await RouteArrange.ReloadAsync(factory, id)).PeriodTo);
    }

    [Fact]
    public async Task An_approved_route_is_not_edited()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Approved, null, RouteItemStatus.Planned);
        var form = RouteForm.From(await RouteArrange.ReloadAsync(factory, id));
        form.Note = "поздно";
        await using var db = factory.Db();

        Assert.IsType<Outcome.Refusal>(await UseCase(db).HandleAsync(id, form, default));
        Assert.Null((await RouteArrange.ReloadAsync(factory, id)).Note);
    }
}
