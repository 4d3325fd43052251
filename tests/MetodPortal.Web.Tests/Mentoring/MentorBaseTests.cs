using System.Net;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Mentoring;

/// <summary>The single database of mentors: search by area and municipality, each mentor's load, past pairs with results and training, export.</summary>
public sealed class MentorBaseTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_region_searches_mentors_by_municipality_and_area_and_exports_what_it_found()
    {
        await using var db = factory.Db();
        var kms = await factory.MunicipalityAsync("KMS");
        var area = await db.Mentors.Where(m => m.Organization!.MunicipalityId == kms.Id).Select(m => m.CompetenceAreaIds[0]).FirstAsync();
        var expected = await db.Mentors.Where(m => m.Organization!.MunicipalityId == kms.Id && m.CompetenceAreaIds.Contains(area))
            .Select(m => m.Id).OrderBy(id => id).ToListAsync();
        using var ministry = await factory.LoginAsync("ministry@demo.local");

        var page = await ministry.GetPageAsync($"/mentors?municipalityId={kms.Id}&areaId={area}");
        var rows = XlsxReader.ReadFirstSheet(await (await ministry.GetAsync($"/mentors/export?municipalityId={kms.Id}&areaId={area}")).Content
            .ReadAsStreamAsync(), 100);

        Assert.Equal(expected, page.QuerySelectorAll("#mentors tbody tr").Select(r => int.Parse(r.GetAttribute("data-id")!)).Order());
        Assert.Equal(expected.Count, rows.Count - 1);
        Assert.All(rows.Skip(1), r => Assert.Equal(kms.Name, r.Cells[2]));
    }

    [Fact]
    public async Task A_mentors_card_shows_their_load_and_every_pair_with_its_result_and_another_municipality_does_not_find_it()
    {
        await using var db = factory.Db();
        var khv = await factory.MunicipalityAsync("KHV");
        var mentor = await db.Mentors.Where(m => m.Organization!.MunicipalityId == khv.Id
                && db.MentoringPairs.Any(p => p.MentorId == m.EducatorId))
            .OrderBy(m => m.Id).FirstAsync();
        var pairs = await db.MentoringPairs.Where(p => p.MentorId == mentor.EducatorId).ToListAsync();
        var closed = pairs.FirstOrDefault(p => p.Status != PairStatus.Active);
        if (closed is null)
        {
            closed = pairs[0];
            (closed.Status, closed.ClosedOn, closed.Result) = (PairStatus.Completed, closed.PeriodFrom.AddDays(30), "Провёл открытый урок");
            await db.SaveChangesAsync();
        }

        using var coordinator = await factory.LoginAsync("coordinator@demo.local");
        using var kms = await factory.LoginAsync("school2@demo.local");

        var card = await coordinator.GetPageAsync($"/mentors/{mentor.Id}");

        Assert.Equal(pairs.Count, card.QuerySelectorAll("#pairs tbody tr").Length);
        Assert.Contains(card.QuerySelectorAll("#pairs .result"), r => r.TextContent == closed.Result);
        Assert.StartsWith($"{await db.MentoringPairs.CountAsync(p => p.MentorId == mentor.EducatorId && p.Status == PairStatus.Active)} из {mentor.MaxPairs}",
            card.QuerySelector("#load")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await kms.GetAsync($"/mentors/{mentor.Id}")).StatusCode);
        Assert.True(await db.AccessRecords.AnyAsync(a => a.EducatorId == mentor.EducatorId && a.Subject == $"Наставник № {mentor.Id}"));
    }
}
