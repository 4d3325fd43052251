using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Areas.Organizations.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Organizations.UseCases;

public sealed class RecordSiteParticipantTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static SiteParticipantForm Form(string name) => new()
    {
        Name = name, Workplace = "МБОУ СОШ № 7 г. Бикина", Topic = "Смешанное обучение", From = new DateOnly(2026, 11, 2), To = new DateOnly(2026, 11, 6),
    };

    [Fact]
    public async Task The_sites_school_records_a_guest_and_an_end_before_the_start_is_invalid()
    {
        var site = await SeededSites.SiteAsync(factory, "KHV", OrganizationStatusLevel.Regional);
        var late = Form("Петров Пётр Петрович");
        late.To = new DateOnly(2026, 10, 1);
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));

        Assert.IsType<Outcome.Success>(await scope.Get<RecordSiteParticipant>().HandleAsync(site.Id, Form("Сидорова Анна Ивановна"), default));
        var invalid = Assert.IsType<Outcome.Invalidity>(await scope.Get<RecordSiteParticipant>().HandleAsync(site.Id, late, default));

        Assert.Equal("Дата окончания раньше даты начала.", Assert.Single(invalid.Errors.Errors).ErrorMessage);
        await using var db = factory.Db();
        var saved = await db.SiteParticipants.SingleAsync(p => p.Name == "Сидорова Анна Ивановна");
        Assert.Equal((site.Id, site.OrganizationId, "Смешанное обучение"), (saved.SiteId, saved.OrganizationId, saved.Topic));
        Assert.False(await db.SiteParticipants.AnyAsync(p => p.Name == "Петров Пётр Петрович"));
    }

    [Fact]
    public async Task Another_municipalitys_site_is_not_found()
    {
        var site = await SeededSites.SiteAsync(factory, "KMS", OrganizationStatusLevel.Regional);
        await using var scope = factory.As(await factory.PrincipalAsync("coordinator@demo.local"));

        Assert.IsType<Outcome.Missing>(await scope.Get<RecordSiteParticipant>().HandleAsync(site.Id, Form("Чужой Гость"), default));
    }
}
