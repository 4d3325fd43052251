using MetodPortal.Domain;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Shell;

/// <summary>
/// Russian done right on the pages: words agree with the person, and a teacher's own lists do not offer what only makes sense for many
/// people.
/// </summary>
public sealed class RussianTextTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_teachers_own_lists_have_no_search_by_name_and_no_name_column()
    {
        using var teacher = await factory.LoginAsync("teacher@demo.local");
        foreach (var url in new[] { "/diagnostics", "/routes" })
        {
            var page = await teacher.GetPageAsync(url);
            Assert.Null(page.QuerySelector("#q"));
            Assert.DoesNotContain(page.QuerySelectorAll("th"), th => th.TextContent.Trim() == "Педагог");
            Assert.DoesNotContain("Поиск по ФИО", page.Body!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_woman_mentee_reads_as_feminine_and_a_man_as_masculine_on_their_cards()
    {
        await using var db = factory.Db();
        var mentees = await db.MentoringPairs.Where(p => p.Mentee != null && p.Program!.Organization!.Municipality!.Code == "KHV")
            .Select(p => new { Id = p.MenteeId!.Value, p.Mentee!.LastName, p.Mentee.MiddleName }).Distinct().ToListAsync();
        var woman = mentees.First(m => RussianGender.IsFeminine(m.LastName, m.MiddleName));
        var man = mentees.First(m => !RussianGender.IsFeminine(m.LastName, m.MiddleName));
        using var methodist = await factory.LoginAsync("methodist@demo.local");

        Assert.Contains("Наставляемая, наставник", (await methodist.GetPageAsync($"/staff/{woman.Id}")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Наставляемый, наставник", (await methodist.GetPageAsync($"/staff/{man.Id}")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "Иванов", null, "  ", "Петров " }, "Иванов, Петров")]
    [InlineData(new[] { "МАОУ «СШ № 12»", null }, "МАОУ «СШ № 12»")]
    [InlineData(new string?[] { null, "" }, "")]
    public void A_list_of_names_has_no_empty_place_and_no_comma_at_its_end(string?[] names, string shown) =>
        Assert.Equal(shown, Web.Infrastructure.Display.List(names));
}
