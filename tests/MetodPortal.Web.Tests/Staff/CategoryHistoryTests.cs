using System.Net;
using MetodPortal.Data.Monitoring;
using MetodPortal.Data.Staff;
using MetodPortal.Domain.Staff;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Staff;

/// <summary>Indicator 6 counts the category a head held on the reporting date, from the history the staff form keeps.</summary>
public sealed class CategoryHistoryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_highest_category_assigned_in_March_2026_counts_on_31_12_2026_not_on_31_12_2025()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var head = (await factory.StaffOfAsync(Seeded.KhvSchool)).First(e => e.IsHead);
        using var admin = await factory.LoginAsync("school@demo.local");

        await SaveCategoryAsync(admin, head.Id, "First", "2019-05-01");
        await SaveCategoryAsync(admin, head.Id, "Highest", "2026-03-01");

        await using var db = factory.Db();
        var history = await db.CategoryAssignments.AsNoTracking().Where(c => c.EducatorId == head.Id).OrderBy(c => c.AssignedOn).ToListAsync();
        Assert.Equal(
            [(QualificationCategory.First, new DateOnly(2019, 5, 1), (DateOnly?)new DateOnly(2026, 2, 28)),
                (QualificationCategory.Highest, new DateOnly(2026, 3, 1), null)],
            history.Select(c => (c.Category, c.AssignedOn!.Value, c.EndedOn)));

        async Task<bool> CountedAsync(int year) =>
            (await RegistryIndicators.PeopleAsync(db, school.RegionId, year, new DateOnly(year, 12, 31), 6, true, school.Id, null, default)).Contains(head.Id);
        Assert.False(await CountedAsync(2025));
        Assert.True(await CountedAsync(2026));

        var card = await admin.GetPageAsync($"/staff/{head.Id.Id()}");
        var shown = card.QuerySelector("#category-history")!.TextContent;
        Assert.Contains("высшая: с 01.03.2026 по настоящее время", shown, StringComparison.Ordinal);
        Assert.Contains("первая: с 01.05.2019 по 28.02.2026", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task People_recorded_before_the_history_existed_get_their_current_category_from_its_date()
    {
        var person = (await factory.StaffOfAsync(Seeded.KhvGymnasium)).First(e => e.Category != QualificationCategory.None && e.CategoryDate != null);
        await using var db = factory.Db();
        await db.CategoryAssignments.Where(c => c.EducatorId == person.Id).ExecuteDeleteAsync();

        await db.Database.ExecuteSqlRawAsync(CategoryHistory.BackfillSql);

        var period = await db.CategoryAssignments.AsNoTracking().SingleAsync(c => c.EducatorId == person.Id);
        Assert.Equal((person.Category, person.CategoryDate, (DateOnly?)null), (period.Category, period.AssignedOn, period.EndedOn));
    }

    private static async Task SaveCategoryAsync(PortalClient client, int educatorId, string category, string date)
    {
        var page = await client.GetPageAsync($"/staff/{educatorId.Id()}/edit");
        var form = page.QuerySelectorAll("form[method=post]").First(f => f.QuerySelector("[name=Category]") is not null);
        var response = await client.PostAsync($"/staff/{educatorId.Id()}/edit", PortalClient.FieldsOf(form, ("Category", category), ("CategoryDate", date)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
