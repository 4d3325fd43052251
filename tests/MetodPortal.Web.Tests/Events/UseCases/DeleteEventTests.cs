using MetodPortal.Domain.Events;
using MetodPortal.Web.Areas.Events.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Events.UseCases;

public sealed class DeleteEventTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_event_without_participants_is_deleted_and_one_with_them_is_refused()
    {
        var empty = await EventArrange.EventAsync(factory);
        var held = await EventArrange.EventAsync(factory);
        await EventArrange.ParticipantAsync(factory, held, 3, ParticipationRole.Participant);
        await using var scope = factory.As(await factory.PrincipalAsync(EventArrange.Methodist));

        Assert.Equal(Outcome.Done("Мероприятие «Педагог года — 2027» удалено."), await scope.Get<DeleteEvent>().HandleAsync(empty.Id, default));
        Assert.Equal(Outcome.Refused(DeleteEvent.HasParticipants(1)), await scope.Get<DeleteEvent>().HandleAsync(held.Id, default));

        Assert.Null(await EventArrange.ReloadAsync(factory, empty.Id));
        Assert.NotNull(await EventArrange.ReloadAsync(factory, held.Id));
    }
}
