using MetodPortal.BrowserTests.Infrastructure;
using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Diagnostics;
using MetodPortal.Domain.Practices;
using MetodPortal.Domain.Routes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetodPortal.BrowserTests.Journeys;

/// <summary>The bank of effective practices end to end: a school of Комсомольск describes and submits a practice; ЦНППМ sends it to two experts;
/// the demo teacher of Хабаровск, an expert, writes a review from their account, ЦНППМ records the other expert's; the practice is published
/// and a methodist of Хабаровск finds it among the offers of an ИОМ item with a deficit in its area.</summary>
public sealed class PracticeJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const string Area = "Проектная деятельность обучающихся";

    [Fact]
    public async Task ASchoolSubmitsAPracticeTwoExpertsReviewItTheRegionPublishesItAndAnIomOffersIt()
    {
        var (routeId, teacherExpert, otherExpert) = await ArrangeAsync();
        await using var journey = await portal.StartAsync("practices");
        var page = journey.Page;
        page.Dialog += (_, dialog) => dialog.AcceptAsync(); // the confirmations before sending

        // The school describes its practice, attaches its description and submits it.
        await journey.SignInAsync("school2@demo.local");
        await page.GotoAsync("/practices");
        await page.GetByRole(AriaRole.Link, new() { Name = "Новая практика" }).ClickAsync();
        await page.GetByLabel("Название практики").FillAsync("Школьный проектный офис");
        await page.GetByLabel("Вид практики").SelectOptionAsync(new SelectOptionValue { Label = "педагогическая практика" });
        await page.GetByLabel("Уровень реализации").SelectOptionAsync(new SelectOptionValue { Label = "уровень организации" });
        await page.Locator("#AuthorIds option").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("#AuthorIds").SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await page.GetByLabel("Описание: цель, содержание, результаты, условия переноса").FillAsync(
            "Ученики 7–9 классов ведут проекты с наставниками из числа учителей; офис собирает заявки и проводит защиты раз в четверть.");
        await page.GetByLabel(Area).CheckAsync();
        await journey.ShotAsync("practice-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("сохранена как черновик");
        await page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = "описание.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 офис"u8.ToArray(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Приложить" }).ClickAsync();
        await Expect(page.Locator("#files")).ToContainTextAsync("описание.pdf");
        await page.GetByRole(AriaRole.Button, new() { Name = "Подать на экспертизу" }).ClickAsync();
        await Expect(page.Locator("#practice-status")).ToHaveTextAsync("подана");
        var practice = page.Url;

        // ЦНППМ sends it to two experts of other schools.
        await journey.SwitchToAsync("cnppm@demo.local");
        await page.GotoAsync(practice);
        await page.Locator("#expert-1").SelectOptionAsync(new SelectOptionValue { Value = $"{teacherExpert}" });
        await page.Locator("#expert-2").SelectOptionAsync(new SelectOptionValue { Value = $"{otherExpert}" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Направить экспертам" }).ClickAsync();
        await Expect(page.Locator("#practice-status")).ToHaveTextAsync("на экспертизе");
        await Expect(page.Locator(".review")).ToHaveCountAsync(2);

        // The demo teacher, an expert of the registry, writes their review from their own account; they see only their own.
        await journey.SwitchToAsync("teacher@demo.local");
        await page.GotoAsync(practice);
        await Expect(page.Locator(".review")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = "Написать заключение" }).ClickAsync();
        await WriteReviewAsync(page, "Практика переносима в любую школу с проектной деятельностью.");
        await journey.ShotAsync("review-written");

        // ЦНППМ records the other expert's opinion and publishes the practice.
        await journey.SwitchToAsync("cnppm@demo.local");
        await page.GotoAsync(practice);
        await page.GetByRole(AriaRole.Link, new() { Name = "Написать заключение" }).ClickAsync();
        await WriteReviewAsync(page, "Рекомендую к публикации.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Опубликовать" }).ClickAsync();
        await Expect(page.Locator("#practice-status")).ToHaveTextAsync("опубликована");
        await journey.ShotAsync("published");

        // A methodist of Хабаровск finds it among the offers of an item with a deficit in its area, and includes it.
        await journey.SwitchToAsync("methodist@demo.local");
        await page.GotoAsync($"/routes/{routeId}");
        var offer = page.Locator(".offer[data-kind='Practice']");
        await Expect(offer).ToContainTextAsync("Школьный проектный офис");
        await offer.GetByRole(AriaRole.Button, new() { Name = "Включить в ИОМ" }).ClickAsync();
        await Expect(page.Locator(".item-offer").Filter(new() { HasText = "Эффективная практика: Школьный проектный офис" })).ToHaveCountAsync(1);
        await journey.ShotAsync("offered-in-iom");
    }

    private static async Task WriteReviewAsync(IPage page, string opinion)
    {
        var scores = page.Locator("#criteria input[type=number]");
        for (var i = 0; i < await scores.CountAsync(); i++)
        {
            await scores.Nth(i).FillAsync("4");
        }

        await page.GetByLabel("рекомендовать к публикации").CheckAsync();
        await page.GetByLabel("Заключение").FillAsync(opinion);
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить заключение" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("Экспертное заключение сохранено");
    }

    /// <summary>A competence area of its own and an in-progress route of Хабаровск with a planned item in it; the demo teacher's expert entry and
    /// another expert of practices from neither the teacher's school nor Комсомольск's.</summary>
    private async Task<(int Route, int TeacherExpert, int OtherExpert)> ArrangeAsync()
    {
        await using var db = PortalData.CreateContext(portal.ConnectionString, CurrentUser.System);
        var teacher = await db.Users.Where(u => u.Email == "teacher@demo.local").Select(u => u.EducatorId).SingleAsync();
        var route = await db.Routes.Include(r => r.Items).Where(r => r.Organization!.Municipality!.Code == "KHV" && r.Status == RouteStatus.InProgress
                && r.EducatorId != teacher && r.Items.Any(i => i.Status == RouteItemStatus.Planned))
            .OrderBy(r => r.Id).FirstAsync();
        var area = new CompetenceArea { RegionId = route.RegionId, Name = Area, SortOrder = 950 };
        db.CompetenceAreas.Add(area);
        var item = route.Items.First(i => i.Status == RouteItemStatus.Planned);
        (item.CompetenceAreaId, item.CohortId, item.EventId, item.CommunityId, item.SiteId, item.PairId) = (area.Id, null, null, null, null, null);
        await db.SaveChangesAsync();
        var experts = await db.Experts.Where(e => (e.Kinds & ExpertiseKinds.Practices) != 0).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.EducatorId, e.Organization!.Municipality!.Code }).ToListAsync();
        return (route.Id, experts.Single(e => e.EducatorId == teacher).Id, experts.First(e => e.EducatorId != teacher && e.Code == "KHV").Id);
    }
}
