using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Areas.Organizations.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Organizations.UseCases;

public sealed class ReviewSiteReportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_region_accepts_a_regional_sites_report_which_a_municipal_coordinator_may_not()
    {
        var site = await SeededSites.SiteAsync(factory, "KHV", OrganizationStatusLevel.Regional);
        await using var db = factory.Db();
        var report = await db.SiteReports.Where(r => r.SiteId == site.Id && r.Status == SiteReportStatus.Submitted).Select(r => r.Id).FirstAsync();
        await using (var coordinator = factory.As(await factory.PrincipalAsync("coordinator@demo.local")))
        {
            var refused = Assert.IsType<Outcome.Refusal>(await coordinator.Get<ReviewSiteReport>().HandleAsync(site.Id, report, true, null, default));
            Assert.Equal("Отчёт региональной площадки принимает регион.", refused.Reason);
        }

        await using var ministry = factory.As(await factory.PrincipalAsync("ministry@demo.local"));
        Assert.IsType<Outcome.Success>(await ministry.Get<ReviewSiteReport>().HandleAsync(site.Id, report, true, null, default));
        Assert.Equal(SiteReportStatus.Accepted, (await db.SiteReports.AsNoTracking().SingleAsync(r => r.Id == report)).Status);
    }

    [Fact]
    public async Task A_municipal_coordinator_returns_a_municipal_sites_report_with_a_comment_and_it_is_filed_again()
    {
        await using var db = factory.Db();
        var report = await db.SiteReports.AsNoTracking().FirstAsync(r => r.Status == SiteReportStatus.Submitted
            && db.OrganizationStatuses.Any(s => s.Id == r.SiteId && s.Level == OrganizationStatusLevel.Municipal
                && s.Organization!.Municipality!.Code == "KHV"));
        await using (var coordinator = factory.As(await factory.PrincipalAsync("coordinator@demo.local")))
        {
            Assert.IsType<Outcome.Refusal>(await coordinator.Get<ReviewSiteReport>().HandleAsync(report.SiteId, report.Id, false, " ", default));
            Assert.IsType<Outcome.Success>(await coordinator.Get<ReviewSiteReport>().HandleAsync(report.SiteId, report.Id, false, "Добавьте цифры.", default));
        }

        var returned = await db.SiteReports.AsNoTracking().SingleAsync(r => r.Id == report.Id);
        Assert.Equal((SiteReportStatus.Returned, "Добавьте цифры."), (returned.Status, returned.Comment));
        await using var school = factory.As(await factory.PrincipalAsync("coordinator@demo.local"));
        Assert.IsType<Outcome.Success>(await school.Get<FileSiteReport>().HandleAsync(report.SiteId,
            new SiteReportForm { Year = report.Year, Done = "С цифрами", Results = "12 стажёров" }, default));
        Assert.Equal(SiteReportStatus.Submitted, (await db.SiteReports.AsNoTracking().SingleAsync(r => r.Id == report.Id)).Status);
    }
}
