using MetodPortal.Domain.Events;
using MetodPortal.Web.Areas.Events.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Events.UseCases;

public sealed class DeleteParticipationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_school_deletes_its_record_and_another_scope_does_not_find_it()
    {
        var e = await EventArrange.EventAsync(factory);
        var participation = await EventArrange.ParticipantAsync(factory, e, 6, ParticipationRole.Speaker);

        await using (var other = factory.As(await factory.PrincipalAsync("school2@demo.local")))
        {
            Assert.Equal(Outcome.NotFound, await other.Get<DeleteParticipation>().HandleAsync(e.Id, participation.Id, default));
        }

        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));
        Assert.Equal(Outcome.Done("Запись об участии удалена."), await scope.Get<DeleteParticipation>().HandleAsync(e.Id, participation.Id, default));
        await using var db = factory.Db();
        Assert.False(await db.EventParticipations.AnyAsync(p => p.Id == participation.Id));
    }
}
