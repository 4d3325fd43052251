using MetodPortal.Domain.Routes;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Shell;

/// <summary>Forms carry their validator's rules for the browser (data-val-*), in the validator's Russian words only.</summary>
public sealed class ClientRulesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("school@demo.local", "/staff/create", "LastName", "data-val-required", "Укажите фамилию.")]
    [InlineData("school@demo.local", "/staff/create", "LastName", "data-val-maxlength", "Фамилия — не длиннее 100 символов.")]
    [InlineData("ministry@demo.local", "/monitoring/create", "Year", "data-val-required", "Укажите год.")]
    public async Task A_field_carries_its_rule_with_the_validators_message(string user, string url, string field, string rule, string? message)
    {
        using var client = await factory.LoginAsync(user);
        var input = (await client.GetPageAsync(url)).QuerySelector($"form [name='{field}']");
        Assert.NotNull(input);
        Assert.Equal("true", input.GetAttribute("data-val"));
        var text = input.GetAttribute(rule);
        Assert.False(string.IsNullOrEmpty(text), $"{url} {field}: no {rule}");
        if (message is not null)
        {
            Assert.Equal(message, text);
        }
    }

    [Fact]
    public async Task No_form_carries_an_English_rule_message()
    {
        var forms = await Security.PortalForms.OpenAllAsync(factory);
        var rules = forms.Opened.SelectMany(o => o.Form.QuerySelectorAll("[data-val='true']")
            .SelectMany(e => e.Attributes.Where(IsRuleMessage).Select(a => (o.Url, Field: e.GetAttribute("name"), Rule: a.Name, a.Value)))).ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, r => Assert.True(r.Value.Any(c => c is >= 'А' and <= 'я' or 'ё' or 'Ё'), $"{r.Url} {r.Field} {r.Rule}: «{r.Value}»"));
    }

    [Fact]
    public async Task The_reason_status_and_date_forms_carry_their_validators_rules_too()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        int recommendation, route, educator, employment, instrument;
        await using (var db = factory.Db())
        {
            recommendation = await db.Recommendations.Where(r => db.Organizations.Any(o => o.Id == r.OrganizationId
                && o.MunicipalityId == school.MunicipalityId)).Select(r => r.Id).FirstAsync();
            route = await db.Routes.Where(r => r.Status != RouteStatus.Cancelled && r.Status != RouteStatus.Completed
                && r.OrganizationId == school.Id).Select(r => r.Id).FirstAsync();
            var job = await db.Employments.Where(e => e.OrganizationId == school.Id && e.EndDate == null).Select(e => new { e.EducatorId, e.Id }).FirstAsync();
            (educator, employment) = (job.EducatorId, job.Id);
            instrument = await db.DiagnosticInstruments.Where(i => i.IsActive
                && i.Usage == Domain.Diagnostics.InstrumentUsage.AllMethodists).Select(i => i.Id).FirstAsync();
        }

        async Task<string?> RuleAsync(string user, string url, string field, string rule)
        {
            using var client = await factory.LoginAsync(user);
            return (await client.GetPageAsync(url)).QuerySelector($"form [name='{field}']")?.GetAttribute(rule);
        }

        Assert.Equal("Укажите текст рекомендации.",
            await RuleAsync("coordinator@demo.local", $"/monitoring/recommendations/{recommendation}/edit", "text", "data-val-required"));
        Assert.Equal("Выберите статус.",
            await RuleAsync("coordinator@demo.local", $"/monitoring/recommendations/{recommendation}/edit", "status", "data-val-required"));
        Assert.Equal("Укажите причину отмены.", await RuleAsync("methodist@demo.local", $"/routes/{route}/cancel", "reason", "data-val-required"));
        Assert.Equal("Укажите дату увольнения.",
            await RuleAsync("school@demo.local", $"/staff/{educator}/employments/{employment}/end", "EndDate", "data-val-required"));
        Assert.Equal("Укажите, кто проводил диагностику.",
            await RuleAsync("methodist@demo.local", $"/diagnostics/create?educatorId={educator}&instrumentId={instrument}", "ConductedBy",
                "data-val-required"));

        // A submitted form's card, as its coordinator sees it: returning it needs a comment.
        int submitted;
        await using (var db = factory.Db())
        {
            var form = await db.MonitoringForms.FirstAsync(f => f.OrganizationId == school.Id && f.Campaign!.Year == 2026);
            form.Status = Domain.Monitoring.FormStatus.Submitted;
            await db.SaveChangesAsync();
            submitted = form.Id;
        }

        using var coordinator = await factory.LoginAsync("coordinator@demo.local");
        var card = await coordinator.GetPageAsync($"/monitoring/forms/{submitted}");
        Assert.Equal("Укажите, что исправить: комментарий обязателен.",
            card.QuerySelector($"form[action='/monitoring/forms/{submitted}/return'] [name='comment']")?.GetAttribute("data-val-required"));
    }

    /// <summary>A rule's message (data-val-required), not one of its parameters (data-val-length-max).</summary>
    private static bool IsRuleMessage(AngleSharp.Dom.IAttr attribute) =>
        attribute.Name.StartsWith("data-val-", StringComparison.Ordinal) && attribute.Name.Count(c => c == '-') == 2;
}
