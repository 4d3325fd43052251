using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Areas.Organizations.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Organizations.UseCases;

public sealed class RemoveSiteResultTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_sites_school_removes_a_result_and_another_municipalitys_school_finds_none()
    {
        var site = await SeededSites.SiteAsync(factory, "KHV", OrganizationStatusLevel.Regional);
        await using var db = factory.Db();
        var result = await db.SiteResults.Where(r => r.SiteId == site.Id).Select(r => r.Id).FirstAsync();
        await using (var kms = factory.As(await factory.PrincipalAsync("school2@demo.local")))
        {
            Assert.IsType<Outcome.Missing>(await kms.Get<RemoveSiteResult>().HandleAsync(site.Id, result, default));
        }

        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));
        Assert.IsType<Outcome.Success>(await scope.Get<RemoveSiteResult>().HandleAsync(site.Id, result, default));
        Assert.False(await db.SiteResults.AnyAsync(r => r.Id == result));
    }
}
