using System.Net;
using MetodPortal.Domain.Practices;
using MetodPortal.Domain.Routes;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Tests.Infrastructure;
using MetodPortal.Web.Tests.Routes.UseCases;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Practices;

/// <summary>The bank and the registry through their pages: what each side reads, the practice among an ИОМ's offers, the exports.</summary>
public sealed class PracticePagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_published_practice_of_another_municipality_is_offered_for_a_matching_deficit_and_a_draft_is_not()
    {
        var area = await OfferArrange.AreaAsync(factory, "Проектная деятельность");
        var (id, item) = await OfferArrange.RouteAsync(factory, RouteStatus.Draft, area);
        await using var db = factory.Db();
        var practices = await db.Practices.Where(p => p.MunicipalityId == db.Municipalities.Single(m => m.Code == "KMS").Id).OrderBy(p => p.Id).ToListAsync();
        var published = practices.First(p => p.Status == PracticeStatus.Published);
        var unpublished = practices.First(p => p.Status != PracticeStatus.Published);
        published.CompetenceAreaIds = [area];
        unpublished.CompetenceAreaIds = [area];
        await db.SaveChangesAsync();
        using var methodist = await factory.LoginAsync("methodist@demo.local");

        var offers = (await methodist.GetPageAsync($"/routes/{id}")).QuerySelectorAll(".offer")
            .Select(o => $"{o.GetAttribute("data-kind")}:{o.GetAttribute("data-id")}").ToList();
        Assert.Equal([$"Practice:{published.Id}"], offers);

        var linked = await methodist.PostAsync($"/routes/{id}/items/{item}/offer", ("kind", "Practice"), ("offerId", published.Id.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        var saved = await OfferArrange.ItemAsync(factory, item);
        Assert.Equal((published.Id, ActivityForm.SelfEducation), (saved.PracticeId!.Value, saved.Form));
        Assert.Contains(published.Title, (await methodist.GetPageAsync($"/routes/{id}")).QuerySelector(".item-offer")!.TextContent, StringComparison.Ordinal);
        var refused = await methodist.PostAsync($"/routes/{id}/items/{item}/offer", ("kind", "Practice"), ("offerId", unpublished.Id.ToString()));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
    }

    [Fact]
    public async Task Reviews_are_read_by_the_keepers_without_names_by_the_centre_with_names_and_not_by_another_municipality()
    {
        await using var db = factory.Db();
        var practice = await db.Practices.Include(p => p.Reviews).FirstAsync(p => p.Status == PracticeStatus.Published
            && p.Organization!.ShortName == Seeded.KhvSchool);
        var expert = await db.Experts.Where(e => e.Id == practice.Reviews[0].ExpertId).Select(e => e.Educator!.LastName).SingleAsync();
        using var school = await factory.LoginAsync("school@demo.local");
        using var cnppm = await factory.LoginAsync("cnppm@demo.local");
        using var kms = await factory.LoginAsync("school2@demo.local");

        var own = await school.GetPageAsync($"/practices/{practice.Id}");
        var centre = await cnppm.GetPageAsync($"/practices/{practice.Id}");
        var other = await kms.GetPageAsync($"/practices/{practice.Id}");

        Assert.Equal(2, own.QuerySelectorAll(".review").Length);
        Assert.DoesNotContain(expert, own.QuerySelector("#reviews")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(expert, centre.QuerySelector("#reviews")!.TextContent, StringComparison.Ordinal);
        Assert.Null(other.QuerySelector("#reviews"));
        Assert.Equal(practice.Title, other.QuerySelector("#practice-title")!.TextContent);
    }

    [Fact]
    public async Task The_load_of_each_expert_in_the_list_and_the_export_is_their_reviews_and_protocols_of_the_year()
    {
        await using var db = factory.Db();
        var reviews = await db.PracticeReviews.Where(r => r.WrittenOn != null && r.WrittenOn.Value.Year == 2026).GroupBy(r => r.ExpertId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var programs = (await db.ProfessionalPrograms.Where(p => p.ExpertiseProtocolDate != null && p.ExpertiseProtocolDate.Value.Year == 2025)
            .Select(p => p.ExpertIds).ToListAsync()).SelectMany(ids => ids).ToList();
        Assert.NotEmpty(reviews);
        Assert.NotEmpty(programs);
        using var cnppm = await factory.LoginAsync("cnppm@demo.local");

        foreach (var (year, expected) in new[] { (2026, reviews), (2025, programs.GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count())) })
        {
            var page = await cnppm.GetPageAsync($"/experts?year={year}");
            var shown = page.QuerySelectorAll("#experts tbody tr")
                .ToDictionary(r => int.Parse(r.GetAttribute("data-id")!), r => int.Parse(r.QuerySelector(".load")!.TextContent));
            Assert.Equal(expected.OrderBy(e => e.Key), shown.Where(s => s.Value > 0).OrderBy(s => s.Key));
        }

        var export = await cnppm.GetAsync("/experts/export?year=2026");
        var rows = XlsxReader.ReadFirstSheet(await export.Content.ReadAsStreamAsync(), 100);
        Assert.Equal(await db.Experts.CountAsync(), rows.Count - 1);
        Assert.Equal(reviews.Values.Sum(), rows.Skip(1).Sum(r => int.Parse(r.Cells[11]!)));
    }

    [Fact]
    public async Task Another_municipalitys_expert_card_and_draft_are_not_found_and_the_bank_exports_what_the_user_reads()
    {
        await using var db = factory.Db();
        var kmsExpert = await db.Experts.Where(e => e.Organization!.Municipality!.Code == "KMS").Select(e => e.Id).FirstAsync();
        var khvDraft = await db.Practices.Where(p => p.Status == PracticeStatus.Draft && p.Organization!.Municipality!.Code == "KHV")
            .Select(p => p.Id).FirstAsync();
        using var coordinator = await factory.LoginAsync("coordinator@demo.local");
        using var kms = await factory.LoginAsync("school2@demo.local");

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/experts/{kmsExpert}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kms.GetAsync($"/practices/{khvDraft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kms.GetAsync($"/practices/{khvDraft}/edit")).StatusCode);

        var rows = XlsxReader.ReadFirstSheet(await (await kms.GetAsync("/practices/export")).Content.ReadAsStreamAsync(), 100);
        var visible = await db.Practices.Where(p => p.Status == PracticeStatus.Published || p.Organization!.ShortName == Seeded.KmsSchool)
            .Select(p => p.Title).ToListAsync();
        Assert.Equal(visible.Order(StringComparer.Ordinal), rows.Skip(1).Select(r => r.Cells[0]!).Order(StringComparer.Ordinal));
    }
}
