using MetodPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetodPortal.BrowserTests.Journeys;

/// <summary>A form's validator rules run in the browser: the field's Russian message appears before anything is sent.</summary>
public sealed class ClientValidationTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task An_empty_required_field_is_reported_in_the_browser_and_the_form_is_not_sent()
    {
        await using var journey = await portal.StartAsync("client-validation");
        var page = journey.Page;
        await journey.SignInAsync("school@demo.local");
        await page.GotoAsync("/staff/create");

        var posts = 0;
        page.Request += (_, request) => posts += request.Method == "POST" ? 1 : 0;
        await page.GetByLabel("Имя").First.FillAsync("Анна");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();

        // The server's own words for the field (EducatorFormValidator), beside it, and the field marked.
        await Expect(page.Locator("[data-valmsg-for='LastName']")).ToHaveTextAsync("Укажите фамилию.");
        await Expect(page.Locator("#LastName")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bis-invalid\b"));
        await journey.ShotAsync("required-in-the-browser");
        Assert.EndsWith("/staff/create", page.Url, StringComparison.Ordinal);
        Assert.Equal(0, posts);

        // Typed in, the message goes; the birth date and position are required in the browser too.
        await page.Locator("#LastName").FillAsync("Проверкина");
        await Expect(page.Locator("[data-valmsg-for='LastName']")).ToHaveTextAsync("");
        await Expect(page.Locator("[data-valmsg-for='BirthDate']")).ToHaveTextAsync("Укажите дату рождения.");
        Assert.Equal(0, posts);

        // With them, the form is sent, and the server answers with what only it checks (the age on a date).
        await page.Locator("#BirthDate").FillAsync(DateTime.Today.AddYears(-10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#Position").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Expect(page.Locator("#validation-summary")).ToContainTextAsync("не меньше 16 лет");
        Assert.Equal(1, posts);
    }
}
