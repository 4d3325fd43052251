using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Monitoring.UseCases;

public sealed class PrepareCampaignTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_ministry_prepares_a_year_once_with_the_deadline_in_the_regions_time()
    {
        await using var scope = factory.As(await factory.PrincipalAsync(CampaignArrange.Ministry));

        var done = Assert.IsType<Outcome.Success>(await scope.Get<PrepareCampaign>().HandleAsync(CampaignArrange.Form(2031), default));
        var again = Assert.IsType<Outcome.Invalidity>(await scope.Get<PrepareCampaign>().HandleAsync(CampaignArrange.Form(2031), default));

        var campaign = await CampaignArrange.ReloadAsync(factory, done.Id!.Value);
        Assert.Equal(new DateTimeOffset(2032, 1, 20, 8, 0, 0, TimeSpan.Zero), campaign.Deadline);
        Assert.Equal("Мониторинг за 2031 год уже есть.", Assert.Single(again.Errors.Errors).ErrorMessage);
    }

    [Fact]
    public async Task A_reporting_date_outside_the_year_is_invalid()
    {
        var form = CampaignArrange.Form(2032);
        form.ReportingDate = new DateOnly(2031, 12, 31);
        await using var scope = factory.As(await factory.PrincipalAsync(CampaignArrange.Ministry));

        var outcome = Assert.IsType<Outcome.Invalidity>(await scope.Get<PrepareCampaign>().HandleAsync(form, default));

        Assert.Equal("Отчётная дата — в году мониторинга.", Assert.Single(outcome.Errors.Errors).ErrorMessage);
    }
}
