using MetodPortal.Domain.Communities;
using MetodPortal.Web.Areas.Events.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Events.UseCases;

public sealed class ScheduleEventTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_methodist_adds_the_centres_event_to_the_navigator()
    {
        var organizer = await factory.OrganizationAsync(EventArrange.Organizer);
        await using var scope = factory.As(await factory.PrincipalAsync(EventArrange.Methodist));

        var done = Assert.IsType<Outcome.Success>(await scope.Get<ScheduleEvent>().HandleAsync(EventArrange.Form(organizer.Id), default));

        var e = (await EventArrange.ReloadAsync(factory, done.Id!.Value))!;
        Assert.Equal(("Педагог года — 2027", organizer.Id, organizer.MunicipalityId), (e.Title, e.OrganizationId, e.MunicipalityId));
        Assert.Equal("Мероприятие «Педагог года — 2027» добавлено в навигатор.", done.Message);
    }

    [Fact]
    public async Task A_regional_level_for_the_municipal_centre_is_invalid_beside_the_level()
    {
        var organizer = await factory.OrganizationAsync(EventArrange.Organizer);
        var form = EventArrange.Form(organizer.Id);
        form.Level = SupportLevel.Regional;
        await using var scope = factory.As(await factory.PrincipalAsync(EventArrange.Methodist));

        var outcome = Assert.IsType<Outcome.Invalidity>(await scope.Get<ScheduleEvent>().HandleAsync(form, default));

        Assert.Equal(nameof(EventForm.Level), Assert.Single(outcome.Errors.Errors).PropertyName);
    }
}
