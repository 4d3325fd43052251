using MetodPortal.Domain.Events;
using MetodPortal.Web.Areas.Events.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using EventForm = MetodPortal.Web.Areas.Events.UseCases.EventForm;

namespace MetodPortal.Web.Tests.Events.UseCases;

public sealed class ReviseEventTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_organizer_moves_it_and_the_organizer_stays()
    {
        var e = await EventArrange.EventAsync(factory);
        var form = EventForm.From(e);
        (form.EndsOn, form.OrganizationId) = (new DateOnly(2026, 11, 13), (await factory.OrganizationAsync(Seeded.KhvSchool)).Id);
        await using var scope = factory.As(await factory.PrincipalAsync(EventArrange.Methodist));

        Assert.Equal(Outcome.Done("Изменения сохранены."), await scope.Get<ReviseEvent>().HandleAsync(e.Id, form, default));

        var changed = (await EventArrange.ReloadAsync(factory, e.Id))!;
        Assert.Equal((new DateOnly(2026, 11, 13), e.OrganizationId), (changed.EndsOn, changed.OrganizationId));
    }

    [Fact]
    public async Task A_contest_with_winners_stays_a_contest()
    {
        var e = await EventArrange.EventAsync(factory);
        await EventArrange.ParticipantAsync(factory, e, 2, ParticipationRole.Winner);
        var form = EventForm.From(e);
        form.Kind = Domain.Events.EventForm.Seminar;
        await using var scope = factory.As(await factory.PrincipalAsync(EventArrange.Methodist));

        var outcome = Assert.IsType<Outcome.Invalidity>(await scope.Get<ReviseEvent>().HandleAsync(e.Id, form, default));

        Assert.Equal("Среди участников есть победители: мероприятие остаётся конкурсом.", Assert.Single(outcome.Errors.Errors).ErrorMessage);
        Assert.Equal(Domain.Events.EventForm.Contest, (await EventArrange.ReloadAsync(factory, e.Id))!.Form);
    }

    [Fact]
    public async Task A_school_admin_who_reads_the_navigator_may_not_change_it()
    {
        var e = await EventArrange.EventAsync(factory);
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));

        Assert.Equal(Outcome.NotFound, await scope.Get<ReviseEvent>().HandleAsync(e.Id, EventForm.From(e), default));
    }
}
