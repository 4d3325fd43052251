using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Areas.Organizations.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Organizations.UseCases;

public sealed class RemoveSiteParticipantTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_participant_goes_from_its_site_and_not_through_another_site()
    {
        var site = await SeededSites.SiteAsync(factory, "KHV", OrganizationStatusLevel.Regional);
        var other = await SeededSites.SiteAsync(factory, "KHV", OrganizationStatusLevel.Municipal);
        await using var db = factory.Db();
        var participant = await db.SiteParticipants.Where(p => p.SiteId == site.Id).Select(p => p.Id).FirstAsync();
        await using var scope = factory.As(await factory.PrincipalAsync("coordinator@demo.local"));

        Assert.IsType<Outcome.Missing>(await scope.Get<RemoveSiteParticipant>().HandleAsync(other.Id, participant, default));
        Assert.IsType<Outcome.Success>(await scope.Get<RemoveSiteParticipant>().HandleAsync(site.Id, participant, default));

        Assert.False(await db.SiteParticipants.AnyAsync(p => p.Id == participant));
    }
}
