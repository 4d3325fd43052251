using System.Net;
using System.Text.RegularExpressions;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Infrastructure;
using MetodPortal.Web.Tests.Monitoring;

namespace MetodPortal.Web.Tests.Admin;

/// <summary>
/// The change log as an official reads it: the record and its fields by their Russian names, values as the pages show them, the person by name,
/// a link to the record; searched by person and by record; the record's own lines on its card; the same in Excel.
/// </summary>
public sealed partial class AuditPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_returned_form_reads_as_russian_with_the_coordinators_name_and_a_link_and_is_on_the_forms_card()
    {
        var forms = await factory.CampaignAsync(2043, DateTimeOffset.UtcNow.AddYears(1), CampaignStatus.Open, Seeded.KhvSchool);
        var id = forms[Seeded.KhvSchool];
        var registry = await factory.RegistryOfAsync(id);
        using var school = await factory.LoginAsync("school@demo.local");
        using var coordinator = await factory.LoginAsync("coordinator@demo.local");
        await school.PostAsync($"/monitoring/forms/{id}", MonitoringArrange.Fields(registry, "submit"));
        Assert.Equal(HttpStatusCode.Redirect,
            (await coordinator.PostAsync($"/monitoring/forms/{id}/return", ("comment", "Проверьте число руководителей"))).StatusCode);

        using var ministry = await factory.LoginAsync("ministry@demo.local");
        var log = await ministry.GetPageAsync($"/admin/audit?entity=MonitoringForm&entityId={id}&user=Белова");
        var line = Assert.Single(log.QuerySelectorAll(".audit-line"), l => l.TextContent.Contains("возвращена", StringComparison.Ordinal));
        Assert.Contains("Белова Ирина Сергеевна", line.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("coordinator@demo.local", line.QuerySelector("td:nth-child(2)")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/monitoring/forms/{id}", line.QuerySelector(".audit-record a")!.GetAttribute("href"));
        Assert.Equal($"Форма мониторинга № {id}", line.QuerySelector(".audit-record")!.TextContent.Trim());
        var status = line.QuerySelectorAll(".audit-changes tr").Single(r => r.QuerySelector(".audit-field")!.TextContent == "Статус");
        Assert.Equal(["Статус", "отправлена", "→", "возвращена"], status.Children.Select(c => c.TextContent.Trim()));
        Assert.Contains(line.QuerySelectorAll(".audit-field"), f => f.TextContent == "Комментарий проверяющего");

        // Searching by another person finds none of it; the form's card shows its own history.
        Assert.Empty((await ministry.GetPageAsync($"/admin/audit?entity=MonitoringForm&entityId={id}&user=Соколова")).QuerySelectorAll(".audit-line"));
        var card = await coordinator.GetPageAsync($"/monitoring/forms/{id}");
        Assert.Contains(card.QuerySelectorAll("#change-history .audit-line"), l => l.TextContent.Contains("возвращена", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_record_or_field_is_named_in_english_and_no_value_is_left_as_stored_on_the_log_or_in_its_export()
    {
        var forms = await factory.CampaignAsync(2044, DateTimeOffset.UtcNow.AddYears(1), CampaignStatus.Open, Seeded.KhvSchool);
        using (var school = await factory.LoginAsync("school@demo.local"))
        {
            await school.PostAsync($"/monitoring/forms/{forms[Seeded.KhvSchool]}",
                MonitoringArrange.Fields(await factory.RegistryOfAsync(forms[Seeded.KhvSchool]), "save"));
        }

        using var admin = await factory.LoginAsync("admin@demo.local");
        var types = (await admin.GetPageAsync("/admin/audit")).QuerySelectorAll("#entity option").Skip(1).ToList();
        Assert.NotEmpty(types);
        foreach (var type in types)
        {
            Assert.DoesNotMatch(Latin(), type.TextContent);
            var page = await admin.GetPageAsync($"/admin/audit?entity={type.GetAttribute("value")}");
            foreach (var name in page.QuerySelectorAll(".audit-field, .audit-record"))
            {
                Assert.DoesNotMatch(Latin(), name.TextContent.Replace("Word", "", StringComparison.Ordinal).Replace("PDF", "", StringComparison.Ordinal));
            }

            foreach (var value in page.QuerySelectorAll(".audit-changes td"))
            {
                Assert.DoesNotMatch(Stored(), value.TextContent);
            }
        }

        var export = await admin.GetAsync("/admin/audit/export?entity=MonitoringForm");
        var rows = XlsxSheets.Read(await export.Content.ReadAsByteArrayAsync())["Журнал изменений"].Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.StartsWith("Форма мониторинга", r[4], StringComparison.Ordinal));
        Assert.All(rows.Where(r => r[5] is { Length: > 0 }), r => Assert.DoesNotMatch(Latin(), r[5]!));
    }

    /// <summary>A word in Latin letters: a code name left untranslated.</summary>
    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex Latin();

    /// <summary>A value as stored rather than as shown: an ISO date, an enum member or a true/false.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}|^(true|false|True|False)$|^[A-Z][a-z]+([A-Z][a-z]+)+$")]
    private static partial Regex Stored();
}
