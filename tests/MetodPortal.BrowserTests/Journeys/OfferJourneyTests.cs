using System.Globalization;
using MetodPortal.BrowserTests.Infrastructure;
using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetodPortal.BrowserTests.Journeys;

public sealed class OfferJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task ARegionalMethodistLinksTheRouteToACohortAMentorAndAnEventApprovesItRecordsTheCompletionAndSeesTheItemReported()
    {
        var (educatorId, instrument) = await EducatorWithAFreeMentorAsync();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var journey = await portal.StartAsync("offers");
        var page = journey.Page;
        await journey.SignInAsync("cnppm@demo.local");

        // A ЕФОМ diagnostic (a material of ЦНППМ) with a deficit in every area, and the draft route from it.
        await page.GotoAsync($"/staff/{educatorId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Провести диагностику" }).ClickAsync();
        var material = new SelectOptionValue { Value = instrument.ToString(CultureInfo.InvariantCulture) };
        await page.GetByLabel("Диагностический материал").SelectOptionAsync(material);
        await Expect(page.Locator("#diagnostic-form")).ToBeVisibleAsync();
        await page.GetByLabel("Дата").FillAsync(today);
        await page.GetByLabel("Кто проводил").FillAsync("Методист ЦНППМ");
        var rows = page.Locator("#score-table tbody tr");
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            await rows.Nth(i).Locator("input").FillAsync("3,5");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить диагностику" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Составить ИОМ" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Создать черновик" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToBeVisibleAsync();
        await journey.ShotAsync("draft-with-offers");

        // «Включить в ИОМ»: a ДПП cohort, a mentor and an event, each for the first item that still has none and is offered one.
        string? course = null;
        foreach (var kind in new[] { "Cohort", "Mentor", "Event" })
        {
            var item = page.Locator("li.route-item").Filter(new() { Has = page.Locator($".offer[data-kind='{kind}']") })
                .Filter(new() { HasNot = page.Locator(".item-offer") }).First;
            var offer = item.Locator($".offer[data-kind='{kind}']").First;
            course ??= kind == "Cohort" ? (await offer.Locator("a").First.GetAttributeAsync("href"))!.Split('/')[^1] : null; // the programme's id
            await offer.GetByRole(AriaRole.Button, new() { Name = "Включить в ИОМ" }).ClickAsync();
            await Expect(page.Locator(".alert-success")).ToContainTextAsync("В ИОМ включено");
        }

        await Expect(page.Locator(".item-offer")).ToHaveCountAsync(3);
        await Expect(page.Locator(".item-offer").Filter(new() { HasText = "ДПП:" })).ToHaveCountAsync(1);
        await Expect(page.Locator(".item-offer").Filter(new() { HasText = "Наставник:" })).ToHaveCountAsync(1);
        await Expect(page.Locator(".item-offer").Filter(new() { HasText = "Мероприятие:" })).ToHaveCountAsync(1);
        await journey.ShotAsync("linked");
        await page.GetByRole(AriaRole.Button, new() { Name = "Утвердить" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("ИОМ утверждён");
        var route = page.Url;

        // The completion of the cohort's programme, recorded on the card, reports the linked item for the tutor.
        await page.GotoAsync($"/programs/completions/add?educatorId={educatorId}");
        await page.GetByLabel("Программа из реестра ДПП").SelectOptionAsync(new SelectOptionValue { Value = course! });
        await page.GetByLabel("Дата окончания").FillAsync(today);
        await page.GetByLabel("Номер удостоверения (диплома)").FillAsync("272499000111");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("Пункт ИОМ отмечен выполненным");
        await page.GotoAsync(route);
        var reported = page.Locator("li.route-item").Filter(new() { Has = page.Locator(".item-offer", new() { HasText = "ДПП:" }) });
        await Expect(reported.Locator(".item-status")).ToHaveTextAsync("выполнен, ждёт подтверждения");
        await Expect(reported.Locator(".item-record")).ToBeVisibleAsync();
        await Expect(reported).ToContainTextAsync("удостоверение № 272499000111");
        await journey.ShotAsync("reported-by-completion");
    }

    /// <summary>A teacher of Хабаровск with no route and no pair, at a school with a mentoring programme and a mentor who has a free place;
    /// and the ЕФОМ material, whose areas the demo offers develop.</summary>
    private async Task<(int EducatorId, int Instrument)> EducatorWithAFreeMentorAsync()
    {
        await using var db = PortalData.CreateContext(portal.ConnectionString, CurrentUser.System);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var schools = await db.Mentors
            .Where(m => m.Organization!.Municipality!.Code == "KHV"
                && db.MentoringPairs.Count(p => p.MentorId == m.EducatorId && p.Status == PairStatus.Active) < m.MaxPairs
                && db.MentoringPrograms.Any(p => p.OrganizationId == m.OrganizationId && p.PeriodFrom <= today && p.PeriodTo >= today))
            .Select(m => m.OrganizationId).Distinct().ToListAsync();
        var educator = await db.Employments
            .Where(e => schools.Contains(e.OrganizationId) && e.EndDate == null && e.IsMain && !e.Educator!.IsHead
                && e.Organization!.Type == OrganizationType.School
                && !db.Routes.Any(r => r.EducatorId == e.EducatorId) && !db.Mentors.Any(m => m.EducatorId == e.EducatorId)
                && !db.MentoringPairs.Any(p => p.MentorId == e.EducatorId || p.MenteeId == e.EducatorId))
            .OrderBy(e => e.Id).Select(e => e.EducatorId).FirstAsync();
        var instrument = await db.DiagnosticInstruments.Where(i => i.Title.Contains("ЕФОМ")).Select(i => i.Id).FirstAsync();
        return (educator, instrument);
    }
}
