using System.Globalization;
using MetodPortal.Domain.Communities;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Communities;

/// <summary>The training of РМА and РУА: the shares on the page and in the export against an independent count of the same rule.</summary>
public sealed class AssetTrainingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_trained_share_of_each_active_and_in_all_equals_an_independent_count()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var db = factory.Db();
        var members = await db.CommunityMemberships
            .Where(m => (m.Community!.Kind == CommunityKind.RegionalMethodicalAsset || m.Community.Kind == CommunityKind.RegionalManagementAsset)
                && m.From <= today && (m.To == null || m.To >= today))
            .Select(m => new { m.EducatorId, m.Community!.Title }).ToListAsync();
        var trained = (await db.ProgramCompletions.Where(c => c.Program!.TrainsMethodicalSupport && c.CompletedOn > today.AddYears(-3).AddDays(-1)
            && c.CompletedOn <= today).Select(c => c.EducatorId).ToListAsync()).ToHashSet();
        var people = members.Select(m => m.EducatorId).Distinct().ToList();
        Assert.InRange(people.Count(trained.Contains), 1, people.Count - 1);
        using var cnppm = await factory.LoginAsync("cnppm@demo.local");

        var page = await cnppm.GetPageAsync("/communities/assets");

        var rows = page.QuerySelectorAll("#by-active tbody tr").ToDictionary(r => r.Children[0].TextContent, r => r);
        foreach (var active in members.GroupBy(m => m.Title))
        {
            var ids = active.Select(m => m.EducatorId).Distinct().ToList();
            Assert.Equal(ids.Count(trained.Contains).ToString(CultureInfo.InvariantCulture), rows[active.Key].QuerySelector(".trained")!.TextContent);
        }

        var share = Math.Round(100m * people.Count(trained.Contains) / people.Count, 1).ToString("0.##", CultureInfo.GetCultureInfo("ru-RU"));
        Assert.Equal(share, rows["Всего"].QuerySelector(".share")!.TextContent);
        Assert.Equal(people.Where(p => !trained.Contains(p)).Order(),
            page.QuerySelectorAll("#to-train tbody tr").Select(r => int.Parse(r.GetAttribute("data-educator")!, CultureInfo.InvariantCulture)).Order());

        var sheet = XlsxReader.ReadFirstSheet(await (await cnppm.GetAsync("/communities/assets/export")).Content.ReadAsStreamAsync(), 500);
        Assert.Equal(members.Count, sheet.Count - 1);
        Assert.Equal(members.Count(m => trained.Contains(m.EducatorId)), sheet.Skip(1).Count(r => r.Cells[4] == "да"));
    }

    [Fact]
    public async Task A_coordinator_sees_the_members_of_their_municipality_only()
    {
        var khv = await factory.MunicipalityAsync("KHV");
        using var coordinator = await factory.LoginAsync("coordinator@demo.local");

        var page = await coordinator.GetPageAsync("/communities/assets");

        Assert.Equal([khv.Name], page.QuerySelectorAll("#by-municipality tbody tr").Select(r => r.Children[0].TextContent));
    }

    [Fact]
    public async Task The_centre_marks_a_programme_as_training_the_actives_and_names_its_rumo_experts()
    {
        await using var db = factory.Db();
        var program = await db.ProfessionalPrograms.Where(p => !p.TrainsMethodicalSupport && p.ExpertiseProtocolNumber != null).OrderBy(p => p.Id).FirstAsync();
        var expert = await db.Experts.Where(e => (e.Kinds & Domain.Practices.ExpertiseKinds.Programs) != 0).Select(e => e.Id).FirstAsync();
        using var cnppm = await factory.LoginAsync("cnppm@demo.local");
        var form = (await cnppm.GetPageAsync($"/programs/{program.Id}/edit")).QuerySelector("form[method=post]:not([action])")
            ?? (await cnppm.GetPageAsync($"/programs/{program.Id}/edit")).QuerySelectorAll("form[method=post]").Last();

        var saved = await cnppm.PostAsync($"/programs/{program.Id}/edit",
            PortalClient.FieldsOf(form, ("TrainsMethodicalSupport", "true"), ("ExpertIds", expert.ToString(CultureInfo.InvariantCulture))));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        var after = await db.ProfessionalPrograms.AsNoTracking().SingleAsync(p => p.Id == program.Id);
        Assert.True(after.TrainsMethodicalSupport);
        Assert.Equal([expert], after.ExpertIds);
    }
}
