using System.Net;
using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Tests.Infrastructure;
using MetodPortal.Web.Tests.Routes.UseCases;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Routes;

/// <summary>The loop from a deficit to an offer, through the pages: the ИОМ card lists what fits an item, one click links it.</summary>
public sealed class RouteOffersTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_methodist_sees_the_offers_for_an_items_deficit_and_includes_one_in_the_route()
    {
        var area = await OfferArrange.AreaAsync(factory, "Смысловое чтение");
        var (id, item) = await OfferArrange.RouteAsync(factory, RouteStatus.Draft, area);
        var program = await OfferArrange.ProgramAsync(factory, "Смысловое чтение на уроках", area);
        var regional = await OfferArrange.CohortAsync(factory, program, null);
        var kms = await OfferArrange.CohortAsync(factory, program, "KMS");
        var community = await OfferArrange.CommunityAsync(factory, "МО учителей чтения", "МАУ «ЦРО»", SupportLevel.Municipal, area);
        using var methodist = await factory.LoginAsync("methodist@demo.local");

        var card = await methodist.GetPageAsync($"/routes/{id}");
        var offers = card.QuerySelectorAll(".offer").Select(o => $"{o.GetAttribute("data-kind")}:{o.GetAttribute("data-id")}").ToList();
        Assert.Equal([$"Community:{community}", $"Cohort:{regional}"], offers);
        Assert.DoesNotContain($"Cohort:{kms}", offers);
        Assert.Contains("свободно 20 мест", card.QuerySelector($".offer[data-id='{regional}']")!.TextContent, StringComparison.Ordinal);

        var linked = await methodist.PostAsync($"/routes/{id}/items/{item}/offer", ("kind", "Cohort"), ("offerId", regional.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);

        var after = await methodist.GetPageAsync($"/routes/{id}");
        Assert.Contains("Смысловое чтение на уроках", after.QuerySelector(".item-offer")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([$"Community:{community}"], after.QuerySelectorAll(".offer").Select(o => $"{o.GetAttribute("data-kind")}:{o.GetAttribute("data-id")}"));
        Assert.Equal(regional, (await OfferArrange.ItemAsync(factory, item)).CohortId);
    }

    [Fact]
    public async Task An_offer_out_of_reach_is_refused_on_the_card_and_another_municipalitys_route_is_not_found()
    {
        var area = await OfferArrange.AreaAsync(factory, "Естественно-научная грамотность");
        var (id, item) = await OfferArrange.RouteAsync(factory, RouteStatus.Draft, area);
        var kms = await OfferArrange.CohortAsync(factory, await OfferArrange.ProgramAsync(factory, "Лаборатория в Комсомольске", area), "KMS");
        await using var db = factory.Db();
        var kmsRoute = await db.Routes.Include(r => r.Items).Where(r => r.Organization!.Municipality!.Code == "KMS" && r.Items.Count > 0)
            .OrderBy(r => r.Id).Select(r => new { r.Id, Item = r.Items.Select(i => i.Id).First() }).FirstAsync();
        using var methodist = await factory.LoginAsync("methodist@demo.local");

        var refused = await methodist.PostAsync($"/routes/{id}/items/{item}/offer", ("kind", "Cohort"), ("offerId", kms.ToString()));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Это предложение не подходит пункту", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await OfferArrange.ItemAsync(factory, item)).CohortId);

        var elsewhere = await methodist.PostAsync($"/routes/{kmsRoute.Id}/items/{kmsRoute.Item}/offer", ("kind", "Cohort"), ("offerId", kms.ToString()));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task The_centre_schedules_a_cohort_of_a_programme_and_deletes_it_and_a_methodist_may_not()
    {
        var program = await OfferArrange.ProgramAsync(factory, "Школа современного учителя");
        using var cnppm = await factory.LoginAsync("cnppm@demo.local");
        using var methodist = await factory.LoginAsync("methodist@demo.local");

        Assert.NotNull((await cnppm.GetPageAsync($"/programs/{program}/cohorts/create")).QuerySelector("form input[name='Seats']"));
        var created = await cnppm.PostAsync($"/programs/{program}/cohorts/create",
            ("StartsOn", "2027-03-01"), ("EndsOn", "2027-03-12"), ("Seats", "30"), ("IsOnline", "true"), ("EnrolmentDeadline", "2027-02-20"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var row = (await cnppm.GetPageAsync($"/programs/{program}")).QuerySelector("#cohort-table tbody tr")!.TextContent;
        Assert.Contains("01.03.2027 — 12.03.2027", row, StringComparison.Ordinal);
        Assert.Contains("онлайн", row, StringComparison.Ordinal);

        await using var db = factory.Db();
        var cohort = await db.ProgramCohorts.Where(c => c.ProgramId == program).Select(c => c.Id).SingleAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await methodist.PostAsync($"/programs/{program}/cohorts/{cohort}/delete", [], $"/programs/{program}"))
            .StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await cnppm.PostAsync($"/programs/{program}/cohorts/{cohort}/delete")).StatusCode);
        Assert.False(await db.ProgramCohorts.AnyAsync(c => c.Id == cohort));
    }
}
