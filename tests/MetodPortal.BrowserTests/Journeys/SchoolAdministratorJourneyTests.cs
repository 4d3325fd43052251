using MetodPortal.BrowserTests.Infrastructure;
using MetodPortal.Reports.Excel;
using MetodPortal.Testing;
using MetodPortal.Web.Areas.Staff.UseCases;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetodPortal.BrowserTests.Journeys;

public sealed class SchoolAdministratorJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task AnAdministratorImportsStaffPairsAMentorFilesTheMonitoringFormAndTheCoordinatorReturnsAndAcceptsIt()
    {
        await using var journey = await portal.StartAsync("school-administrator");
        var page = journey.Page;
        page.Dialog += (_, dialog) => dialog.AcceptAsync(); // the confirmations before sending
        await journey.SignInAsync("school@demo.local");
        await journey.ShotAsync("home");

        // The staff list from the template: two new teachers.
        await page.GotoAsync("/staff/import");
        var (template, _) = await journey.DownloadAsync(page.GetByRole(AriaRole.Link, new() { Name = "Скачайте шаблон" }));
        Assert.Equal(StaffSheet.LastName, XlsxSheets.Read(template).Values.First()[0][0]);
        await page.GetByLabel("Файл .xlsx").SetInputFilesAsync(new FilePayload
        {
            Name = "сотрудники.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = Staff(
                ["Лесникова", "Дарья", "Олеговна", new DateOnly(2001, 5, 17), "учитель", "нет", "без категории", null, new DateOnly(2025, 9, 1), "Б-101", null],
                ["Кедрова", "Алла", "Петровна", new DateOnly(1975, 2, 3), "учитель", "нет", "высшая", new DateOnly(2022, 4, 1),
                    new DateOnly(1997, 9, 1), "Б-102", null]),
        });

        // Keeps the ticket site.js puts into the form (its submit listener runs first) for after the page is replaced.
        await page.EvaluateAsync("() => { const form = document.getElementById('import-form'); form.addEventListener('submit', () => "
            + "sessionStorage.setItem('ticket', form.elements.progressTicket.value)); }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Загрузить" }).ClickAsync();
        await Expect(page.Locator("#added")).ToHaveTextAsync("2");
        await journey.ShotAsync("staff-imported");

        // The page sent a ticket with the file, and the import's note under it — what the busy button showed — says what it did.
        var ticket = await page.EvaluateAsync<string>("() => sessionStorage.getItem('ticket')");
        Assert.Matches("^[0-9a-f]{32}$", ticket);
        Assert.Equal("Готово — строк: 2",
            await page.EvaluateAsync<string>("ticket => fetch('/progress?ticket=' + ticket).then(r => r.json()).then(note => note.text)", ticket));

        // The experienced teacher mentors the newcomer in the school's programme.
        await page.GotoAsync("/mentoring");
        await page.Locator("#programs a").First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Добавить пару" }).ClickAsync();
        await page.GetByLabel("Наставник").SelectOptionAsync(new SelectOptionValue { Label = await OptionAsync(page, "Наставник", "Кедрова") });
        await page.GetByLabel("Наставляемый (педагог)").SelectOptionAsync(new SelectOptionValue { Label = await OptionAsync(page,
            "Наставляемый (педагог)", "Лесникова") });
        await journey.ShotAsync("mentoring-pair-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToBeVisibleAsync();
        await Expect(page.GetByText("Лесникова").First).ToBeVisibleAsync();
        await journey.ShotAsync("mentoring-pair");

        // The monitoring form: from the registry, one value changed — marked at once, and sending asks why.
        await page.GotoAsync("/monitoring");
        await page.GetByRole(AriaRole.Link, new() { Name = "2026" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Форма нашей организации" }).ClickAsync();
        var formUrl = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "Заполнить из реестра" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("заполнены из реестра");
        var educators = page.Locator("#Educators");
        var registry = int.Parse(await page.Locator(".registry[data-field='Educators']").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(registry.ToString(System.Globalization.CultureInfo.InvariantCulture), await educators.InputValueAsync());
        await Expect(page.Locator("#counts tr", new() { Has = educators }).Locator(".differs")).ToBeHiddenAsync();
        await educators.FillAsync((registry + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator("#counts tr", new() { Has = educators }).Locator(".differs")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить и отправить" }).ClickAsync();
        await Expect(page.Locator("#validation-summary")).ToContainTextAsync("комментари");
        await Expect(page.Locator("#validation-summary")).ToBeFocusedAsync();
        await journey.ShotAsync("monitoring-discrepancy");
        await page.GetByLabel("Пояснение расхождений с реестром").FillAsync("Совместитель принят 20.11.2026, в реестр ещё не внесён.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить и отправить" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("Форма отправлена");
        await journey.ShotAsync("monitoring-sent");

        // The coordinator returns it with a remark.
        await journey.SwitchToAsync("coordinator@demo.local");
        await page.GotoAsync(formUrl);
        await page.GetByLabel("Что исправить").FillAsync("Совместителей в форму не включаем: укажите число по реестру.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Вернуть на доработку" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("возвращена");
        await journey.ShotAsync("coordinator-returned");

        // The administrator sees the remark, corrects the value and sends the form again.
        await journey.SwitchToAsync("school@demo.local");
        await page.GotoAsync(formUrl);
        await Expect(page.GetByText("Совместителей в форму не включаем").First).ToBeVisibleAsync();
        await educators.FillAsync(registry.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Пояснение расхождений с реестром").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить и отправить" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("Форма отправлена");
        await journey.ShotAsync("monitoring-resent");

        // The coordinator accepts it.
        await journey.SwitchToAsync("coordinator@demo.local");
        await page.GotoAsync(formUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Принять" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("Форма принята");
        await journey.ShotAsync("coordinator-accepted");
    }

    private static byte[] Staff(params object?[][] rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new XlsxWriter(stream))
        {
            writer.AddSheet("Сотрудники", StaffSheet.Template, rows);
        }

        return stream.ToArray();
    }

    /// <summary>The text of the option of a labelled select that names <paramref name="person"/>.</summary>
    private static async Task<string> OptionAsync(IPage page, string label, string person)
    {
        var options = await page.GetByLabel(label).Locator("option").AllInnerTextsAsync();
        return options.First(o => o.Contains(person, StringComparison.Ordinal));
    }
}
