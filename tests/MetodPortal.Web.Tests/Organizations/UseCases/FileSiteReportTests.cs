using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Areas.Organizations.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Organizations.UseCases;

public sealed class FileSiteReportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_report_is_filed_refiled_while_not_accepted_and_an_accepted_year_is_refused()
    {
        var site = await SeededSites.SiteAsync(factory, "KHV", OrganizationStatusLevel.Regional);
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));
        var file = scope.Get<FileSiteReport>();

        Assert.IsType<Outcome.Success>(await file.HandleAsync(site.Id, new SiteReportForm { Year = 2026, Done = "Семинар", Results = "Пособие" }, default));
        Assert.IsType<Outcome.Success>(await file.HandleAsync(site.Id, new SiteReportForm { Year = 2026, Done = "Семинар и стажировки",
            Results = "Пособие" }, default));
        var accepted = Assert.IsType<Outcome.Refusal>(await file.HandleAsync(site.Id, new SiteReportForm { Year = 2025, Done = "Иное", Results = "Иное" },
            default));
        var future = Assert.IsType<Outcome.Refusal>(await file.HandleAsync(site.Id, new SiteReportForm { Year = 2030, Done = "—", Results = "—" }, default));

        Assert.Equal("Отчёт за 2025 год уже принят.", accepted.Reason);
        Assert.StartsWith("Укажите год", future.Reason, StringComparison.Ordinal);
        await using var db = factory.Db();
        var report = await db.SiteReports.SingleAsync(r => r.SiteId == site.Id && r.Year == 2026);
        Assert.Equal(("Семинар и стажировки", SiteReportStatus.Submitted), (report.Done, report.Status));
        Assert.NotEqual("Иное", (await db.SiteReports.SingleAsync(r => r.SiteId == site.Id && r.Year == 2025)).Done);
    }
}
