using System.Globalization;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using MetodPortal.Data.Monitoring;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Reports.Monitoring;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Reports;

/// <summary>The annual report in PDF and Excel: the engine's figures, the same as the dashboard's, within the user's scope.</summary>
public sealed class MonitoringReportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const int Year = 2025; // the demo's closed campaign: accepted forms and recommendations

    private static async Task<byte[]> BytesAsync(PortalClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static int Int(string? text) => int.Parse(text!, CultureInfo.InvariantCulture);

    [Fact]
    public async Task TheRegionsFiguresAreTheSameInTheEngineTheDashboardThePdfAndTheWorkbook()
    {
        MonitoringCampaign campaign;
        List<IndicatorRow> engine;
        Dictionary<int, string> municipalities;
        Dictionary<int, string> organizations;
        await using (var db = factory.Db())
        {
            campaign = await db.MonitoringCampaigns.SingleAsync(c => c.Year == Year);
            engine = await DeclaredIndicators.ComputeAsync(db, campaign.Id, default);
            municipalities = await db.Municipalities.ToDictionaryAsync(m => m.Id, m => m.Name);
            // Report tables name organizations by the short name the region uses.
            organizations = await db.Organizations.ToDictionaryAsync(o => o.Id, o => o.ShortName ?? o.Name);
        }

        var region = engine.Single(r => r.Level == IndicatorLevel.Region).Counts;
        var shares = region.Shares();
        using var ministry = await factory.LoginAsync("ministry@demo.local");

        // The dashboard.
        var html = await ministry.GetPageAsync($"/monitoring/{campaign.Id}/dashboard");
        Assert.Equal(shares.Select(s => (s.Part, s.Whole)),
            html.QuerySelectorAll("#total td.share").Select(td => (Int(td.GetAttribute("data-part")), Int(td.GetAttribute("data-whole")))));

        // The PDF: every indicator's wording with its numerator, denominator, value, threshold and verdict; every municipality's row.
        var pdf = PdfText.Of(await BytesAsync(ministry, $"/reports/monitoring/{Year}.pdf"));
        Assert.Contains($"{MonitoringReport.TitleText} за {Year} год", pdf, StringComparison.Ordinal);
        foreach (var p in Indicators.Passports)
        {
            var s = shares[p.Number - 1];
            var threshold = campaign.ThresholdOf(p.Number);
            Assert.Contains($"{p.Number} {p.Wording} {s.Part} {s.Whole} {ReportFormat.Percent(s)} {ReportFormat.Number(threshold)} % "
                + $"{ReportFormat.Meets(s, threshold)}", pdf, StringComparison.Ordinal);
        }

        foreach (var row in engine.Where(r => r.Level == IndicatorLevel.Municipality))
        {
            Assert.Contains($"{municipalities[row.Id!.Value]} {string.Join(' ', row.Counts.Shares().Select(ReportFormat.Percent))}", pdf,
                StringComparison.Ordinal);
        }

        Assert.Contains("стр. 1 из", pdf, StringComparison.Ordinal);

        // The workbook: the same numbers, as numbers.
        var xlsx = await BytesAsync(ministry, $"/reports/monitoring/{Year}.xlsx");
        var sheets = XlsxSheets.Read(xlsx);
        Assert.Equal(["Показатели", "Муниципалитеты", "Организации", "Полнота сдачи", "Рекомендации", "Паспорт показателей"], sheets.Keys);
        var indicators = sheets["Показатели"];
        foreach (var p in Indicators.Passports)
        {
            var cells = indicators[p.Number];
            var s = shares[p.Number - 1];
            Assert.Equal((p.Wording, s.Part, s.Whole), (cells[1], Int(cells[2]), Int(cells[3])));
            Assert.Equal((double)s.Part / s.Whole, double.Parse(cells[4]!, CultureInfo.InvariantCulture), 9);
        }

        foreach (var row in engine.Where(r => r.Level == IndicatorLevel.Municipality))
        {
            // A municipality's row counts its organizations and those with a programme, not «1 — да, 0 — нет».
            var cells = sheets["Муниципалитеты"].Single(r => r[0] == municipalities[row.Id!.Value]);
            var expected = IndicatorCounts.FormFields.SelectMany(f => f.Name == nameof(IndicatorCounts.WithMentoringProgram)
                ? [row.Counts.Organizations, f.Of(row.Counts)] : new[] { f.Of(row.Counts) });
            Assert.Equal(expected, cells.Skip(1).Take(IndicatorCounts.FormFields.Count + 1).Select(Int));
            var header = sheets["Муниципалитеты"][0];
            var (organizationsAt, programmesAt) = (Array.IndexOf(header, "Организации, учитываемые в показателях"), Array.IndexOf(header,
                "из них реализуют программы наставничества"));
            Assert.DoesNotContain(header, h => h!.Contains("1 — да", StringComparison.Ordinal));
            var seventh = row.Counts.Shares()[6];
            Assert.Equal((seventh.Part, seventh.Whole), (Int(cells[programmesAt]), Int(cells[organizationsAt]))); // indicator 7 from the sheet alone
        }

        var completeness = sheets["Полнота сдачи"];
        Assert.Equal(["Форм всего", "Приняты", "Ожидают проверки", "Поданы с опозданием", "Не поданы"], completeness.Skip(1).Select(r => r[0]));
        Assert.Contains("Полнота сдачи форм", pdf, StringComparison.Ordinal);

        foreach (var row in engine.Where(r => r.Level == IndicatorLevel.Organization))
        {
            var cells = sheets["Организации"].Single(r => r[0] == organizations[row.Id!.Value]);
            Assert.Equal(IndicatorCounts.FormFields.Select(f => f.Of(row.Counts)), cells.Skip(2).Take(IndicatorCounts.FormFields.Count).Select(Int));
        }

        Assert.Equal(await CountAsync(campaign.Id), sheets["Рекомендации"].Count - 1);
        using (var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document));
        }

        // LibreOffice opens it and reads the same numbers.
        var csv = XlsxSheets.LibreOfficeCsv(xlsx);
        foreach (var p in Indicators.Passports)
        {
            var cells = csv[p.Number];
            Assert.Equal((p.Number, p.Wording, shares[p.Number - 1].Part, shares[p.Number - 1].Whole), (Int(cells[0]), cells[1], Int(cells[2]), Int(cells[3])));
        }
    }

    private async Task<int> CountAsync(int campaignId)
    {
        await using var db = factory.Db();
        return await db.Recommendations.CountAsync(r => r.CampaignId == campaignId);
    }

    [Fact]
    public async Task ASchoolAdministratorsReportHoldsOnlyTheirOrganization()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var gymnasium = await factory.OrganizationAsync(Seeded.KhvGymnasium);
        var khv = await factory.MunicipalityAsync("KHV");
        using var admin = await factory.LoginAsync("school@demo.local");

        var sheets = XlsxSheets.Read(await BytesAsync(admin, $"/reports/monitoring/{Year}.xlsx"));
        Assert.DoesNotContain("Муниципалитеты", sheets.Keys);
        Assert.Equal([school.Name], sheets["Организации"].Skip(1).Select(r => r[0]));
        var pdf = PdfText.Of(await BytesAsync(admin, $"/reports/monitoring/{Year}.pdf"));
        Assert.Contains(school.Name, pdf, StringComparison.Ordinal);
        Assert.DoesNotContain(gymnasium.Name, pdf, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/reports/monitoring/{Year}.pdf?organizationId={gymnasium.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/reports/monitoring/{Year}.xlsx?municipalityId={khv.Id}")).StatusCode);
    }

    [Fact]
    public async Task ACoordinatorsRequestForAnotherMunicipalityAnswers404()
    {
        var khv = await factory.MunicipalityAsync("KHV");
        var kms = await factory.MunicipalityAsync("KMS");
        var kmsSchool = await factory.OrganizationAsync(Seeded.KmsSchool);
        using var coordinator = await factory.LoginAsync("coordinator@demo.local");

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/reports/monitoring/{Year}.pdf?municipalityId={kms.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/reports/monitoring/{Year}.xlsx?municipalityId={kms.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/reports/monitoring/{Year}.xlsx?organizationId={kmsSchool.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("/reports/monitoring/1999.pdf")).StatusCode);

        // Without a place, the coordinator's whole scope: their municipality, by organization.
        var sheets = XlsxSheets.Read(await BytesAsync(coordinator, $"/reports/monitoring/{Year}.xlsx"));
        var pdf = PdfText.Of(await BytesAsync(coordinator, $"/reports/monitoring/{Year}.pdf"));
        Assert.Contains($"Уровень муниципалитет Территория / организация {khv.Name}", pdf, StringComparison.Ordinal);
        await using var db = factory.Db();
        var khvOrganizations = await db.Organizations.Where(o => o.MunicipalityId == khv.Id && o.CountsInIndicators)
            .Select(o => o.ShortName ?? o.Name).ToListAsync();
        Assert.Equal(khvOrganizations.Order(), sheets["Организации"].Skip(1).Select(r => r[0]!).Order());
    }

    [Fact]
    public async Task TextThatLooksLikeAFormulaStaysTextInTheWorkbook()
    {
        await using (var db = factory.Db())
        {
            var recommendation = await db.Recommendations.Where(r => r.Campaign!.Year == Year).OrderBy(r => r.Id).FirstAsync();
            recommendation.Text = "=HYPERLINK(\"http://example.com\";\"нажмите\")";
            await db.SaveChangesAsync();
        }

        using var ministry = await factory.LoginAsync("ministry@demo.local");
        var xlsx = await BytesAsync(ministry, $"/reports/monitoring/{Year}.xlsx");
        Assert.Contains(XlsxSheets.Read(xlsx)["Рекомендации"], r => r[4] == "=HYPERLINK(\"http://example.com\";\"нажмите\")");
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var formulas = document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.CellFormula>());
        Assert.DoesNotContain(formulas, _ => true);
    }
}
