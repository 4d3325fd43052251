using System.Net;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Monitoring;

/// <summary>The monitoring form's workflow through HTTP: who may take each step, what is refused and why, the late flag and the history.</summary>
public sealed class FormWorkflowTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly DateTimeOffset Future = DateTimeOffset.UtcNow.AddYears(1);

    [Fact]
    public async Task TheSchoolSavesADraftAndSendsItOnlyWithEveryPartWithinItsWholeAndACommentOnADiscrepancy()
    {
        var forms = await factory.CampaignAsync(2041, Future, CampaignStatus.Open, Seeded.KhvSchool);
        var id = forms[Seeded.KhvSchool];
        var registry = await factory.RegistryOfAsync(id);
        Assert.True(registry.Educators > 0);
        using var school = await factory.LoginAsync("school@demo.local");

        // The page shows the registry's value beside each field, and «заполнить из реестра» puts them in the inputs without saving.
        var page = await school.GetPageAsync($"/monitoring/forms/{id}");
        Assert.Equal(registry.Educators.ToString(Display()), page.QuerySelector(".registry[data-field=Educators]")!.TextContent);
        var filled = await PortalClient.ParseAsync(await (await school.PostAsync($"/monitoring/forms/{id}",
            MonitoringArrange.Fields(IndicatorCounts.Zero, "fill"))).Content.ReadAsStringAsync());
        Assert.Equal(registry.Educators.ToString(Display()), filled.QuerySelector("input#Educators")!.GetAttribute("value"));
        Assert.Equal(FormStatus.NotStarted, (await factory.FormAsync(id)).Status);

        // A part above its whole, or a negative number, is refused and nothing changes.
        var tooMany = registry with { Diagnosed = registry.Educators + 1 };
        var refused = await school.PostAsync($"/monitoring/forms/{id}", MonitoringArrange.Fields(tooMany, "save"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Прошедших диагностику больше, чем педагогов", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var negative = await school.PostAsync($"/monitoring/forms/{id}", MonitoringArrange.Fields(registry with { Heads = -1 }, "save"));
        Assert.Contains("не может быть отрицательным", await negative.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(FormStatus.NotStarted, (await factory.FormAsync(id)).Status);

        // A draft differing from the registry saves; sending it needs the comment.
        var differing = registry with { Educators = registry.Educators + 2 };
        Assert.Equal(HttpStatusCode.Redirect, (await school.PostAsync($"/monitoring/forms/{id}", MonitoringArrange.Fields(differing, "save"))).StatusCode);
        Assert.Equal((FormStatus.Draft, registry.Educators + 2), ((await factory.FormAsync(id)).Status, (await factory.FormAsync(id)).Declared.Educators));
        var noComment = await school.PostAsync($"/monitoring/forms/{id}", MonitoringArrange.Fields(differing, "submit"));
        Assert.Contains("поясните расхождение", await noComment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(FormStatus.Draft, (await factory.FormAsync(id)).Status);

        Assert.Equal(HttpStatusCode.Redirect,
            (await school.PostAsync($"/monitoring/forms/{id}",
                MonitoringArrange.Fields(differing, "submit", "Двое совместителей ещё не внесены в реестр"))).StatusCode);
        var sent = await factory.FormAsync(id);
        Assert.Equal((FormStatus.Submitted, false, "Двое совместителей ещё не внесены в реестр"), (sent.Status, sent.IsLate, sent.DiscrepancyComment));
        Assert.Equal(["Сохранён черновик", "Отправлена"], sent.History.OrderBy(e => e.Id).Select(e => e.Action));

        // Sent is read-only for the school.
        var again = await school.PostAsync($"/monitoring/forms/{id}", MonitoringArrange.Fields(registry, "save"));
        Assert.Contains("не редактируется", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(registry.Educators + 2, (await factory.FormAsync(id)).Declared.Educators);
    }

    [Fact]
    public async Task TheCoordinatorReturnsWithACommentAcceptsAndReopensWithAReasonAndEveryStepIsInTheHistory()
    {
        var forms = await factory.CampaignAsync(2042, Future, CampaignStatus.Open, Seeded.KhvSchool);
        var id = forms[Seeded.KhvSchool];
        var registry = await factory.RegistryOfAsync(id);
        using var school = await factory.LoginAsync("school@demo.local");
        using var coordinator = await factory.LoginAsync("coordinator@demo.local");

        // Nothing to accept or return before the school sends the form.
        Assert.Contains("только отправленную", await (await coordinator.PostAsync($"/monitoring/forms/{id}/accept")).Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        await school.PostAsync($"/monitoring/forms/{id}", MonitoringArrange.Fields(registry, "submit"));
        Assert.Equal(FormStatus.Submitted, (await factory.FormAsync(id)).Status);

        // The school cannot review its own form; a methodist reads but does not review.
        Assert.Equal(HttpStatusCode.Forbidden, (await school.PostAsync($"/monitoring/forms/{id}/accept")).StatusCode);
        using (var methodist = await factory.LoginAsync("methodist@demo.local"))
        {
            Assert.Equal(HttpStatusCode.OK, (await methodist.GetAsync($"/monitoring/forms/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await methodist.PostAsync($"/monitoring/forms/{id}/accept")).StatusCode);
        }

        // Returning needs a comment; with it, the school sees the comment and may correct the form.
        Assert.Contains("комментарий обязателен",
            await (await coordinator.PostAsync($"/monitoring/forms/{id}/return", ("comment", " "))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(FormStatus.Submitted, (await factory.FormAsync(id)).Status);
        Assert.Equal(HttpStatusCode.Redirect,
            (await coordinator.PostAsync($"/monitoring/forms/{id}/return", ("comment", "Проверьте число руководителей"))).StatusCode);
        Assert.Equal("Проверьте число руководителей",
            (await school.GetPageAsync($"/monitoring/forms/{id}")).QuerySelector("#review-comment")!.TextContent.Split(':')[1].Trim());

        Assert.Equal(HttpStatusCode.Redirect, (await school.PostAsync($"/monitoring/forms/{id}", MonitoringArrange.Fields(registry, "submit"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostAsync($"/monitoring/forms/{id}/accept")).StatusCode);
        Assert.Equal(FormStatus.Accepted, (await factory.FormAsync(id)).Status);
        Assert.Contains("не редактируется",
            await (await school.PostAsync($"/monitoring/forms/{id}", MonitoringArrange.Fields(registry, "save"))).Content.ReadAsStringAsync(),
                StringComparison.Ordinal);

        // Reopening needs a reason and gives the form back to the school.
        Assert.Contains("Укажите причину",
            await (await coordinator.PostAsync($"/monitoring/forms/{id}/reopen", ("comment", ""))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(FormStatus.Accepted, (await factory.FormAsync(id)).Status);
        Assert.Equal(HttpStatusCode.Redirect,
            (await coordinator.PostAsync($"/monitoring/forms/{id}/reopen", ("comment", "Уточнены данные о наставничестве"))).StatusCode);
        var reopened = await factory.FormAsync(id);
        Assert.Equal(FormStatus.Returned, reopened.Status);
        Assert.Equal(["Отправлена", "Возвращена на доработку", "Отправлена", "Принята", "Открыта заново"],
            reopened.History.OrderBy(e => e.Id).Select(e => e.Action));
        Assert.Equal("Уточнены данные о наставничестве", reopened.History.OrderBy(e => e.Id).Last().Comment);
        Assert.Equal(5, (await school.GetPageAsync($"/monitoring/forms/{id}")).QuerySelectorAll("#history tbody tr").Length);
    }

    [Fact]
    public async Task AFormOfAnotherMunicipalityOrOrganizationIsNotFoundAndTheMinistryReviewsAnywhere()
    {
        var forms = await factory.CampaignAsync(2043, Future, CampaignStatus.Open, Seeded.KhvSchool, Seeded.KmsSchool);
        var kms = forms[Seeded.KmsSchool];
        var khv = forms[Seeded.KhvSchool];
        using (var school2 = await factory.LoginAsync("school2@demo.local"))
        {
            await school2.PostAsync($"/monitoring/forms/{kms}", MonitoringArrange.Fields(await factory.RegistryOfAsync(kms), "submit"));
            Assert.Equal(HttpStatusCode.NotFound, (await school2.GetAsync($"/monitoring/forms/{khv}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound,
                (await school2.PostAsync($"/monitoring/forms/{khv}", MonitoringArrange.Fields(IndicatorCounts.Zero, "save"))).StatusCode);
        }

        Assert.Equal(FormStatus.Submitted, (await factory.FormAsync(kms)).Status);
        using (var coordinator = await factory.LoginAsync("coordinator@demo.local"))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/monitoring/forms/{kms}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsync($"/monitoring/forms/{kms}/accept")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsync($"/monitoring/forms/{kms}/return", ("comment", "нет"))).StatusCode);
            var list = await coordinator.GetPageAsync($"/monitoring/{(await factory.FormAsync(khv)).CampaignId}/forms");
            Assert.Single(list.QuerySelectorAll("#forms tbody tr"));
        }

        Assert.Equal(FormStatus.Submitted, (await factory.FormAsync(kms)).Status);
        using var ministry = await factory.LoginAsync("ministry@demo.local");
        Assert.Equal(HttpStatusCode.Redirect, (await ministry.PostAsync($"/monitoring/forms/{kms}/accept")).StatusCode);
        Assert.Equal(FormStatus.Accepted, (await factory.FormAsync(kms)).Status);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await ministry.PostAsync($"/monitoring/forms/{khv}", MonitoringArrange.Fields(IndicatorCounts.Zero, "save"))).StatusCode);
    }

    [Fact]
    public async Task ASubmissionAfterTheDeadlineIsMarkedLateAndAClosedCampaignIsReadOnly()
    {
        var late = (await factory.CampaignAsync(2044, DateTimeOffset.UtcNow.AddMinutes(-1), CampaignStatus.Open, Seeded.KhvSchool))[Seeded.KhvSchool];
        var closed = (await factory.CampaignAsync(2045, Future, CampaignStatus.Closed, Seeded.KhvSchool))[Seeded.KhvSchool];
        using var school = await factory.LoginAsync("school@demo.local");

        await school.PostAsync($"/monitoring/forms/{late}", MonitoringArrange.Fields(await factory.RegistryOfAsync(late), "submit"));
        var form = await factory.FormAsync(late);
        Assert.Equal((FormStatus.Submitted, true), (form.Status, form.IsLate));
        Assert.Equal("Отправлена после срока", form.History.Single().Action);
        Assert.NotNull((await school.GetPageAsync($"/monitoring/forms/{late}")).QuerySelector("#late"));
        using (var ministry = await factory.LoginAsync("ministry@demo.local"))
        {
            var lateList = await ministry.GetPageAsync($"/monitoring/{form.CampaignId}/forms?late=true");
            Assert.Single(lateList.QuerySelectorAll("#forms tbody tr"));
        }

        var page = await school.GetPageAsync($"/monitoring/forms/{closed}");
        Assert.NotNull(page.QuerySelector("#closed"));
        Assert.Null(page.QuerySelector("#monitoring-form"));
        Assert.Contains("Мониторинг закрыт",
            await (await school.PostAsync($"/monitoring/forms/{closed}",
                MonitoringArrange.Fields(await factory.RegistryOfAsync(closed), "save"))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(FormStatus.NotStarted, (await factory.FormAsync(closed)).Status);
    }

    private static System.Globalization.CultureInfo Display() => System.Globalization.CultureInfo.GetCultureInfo("ru-RU");
}
