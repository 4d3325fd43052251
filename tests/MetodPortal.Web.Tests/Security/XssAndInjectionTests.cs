using System.Net;
using AngleSharp.Dom;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Api;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace MetodPortal.Web.Tests.Security;

/// <summary>
/// XSS and injection (ASVS 1.2, 1.3): a corpus of payloads typed into every free-text field of every form is stored
/// and comes back as text — escaped in HTML, literal in the PDF and the xlsx (no formula) — and search boxes treat
/// SQL and LIKE metacharacters as text.
/// </summary>
public sealed class XssAndInjectionTests(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    /// <summary>Markup, attribute breakout, SQL, a spreadsheet formula and template syntax, each short enough for any field.</summary>
    private static readonly string[] Corpus =
    [
        "Тест <script>alert('x')</script>",
        "Тест \"><img src=x onerror=alert(1)>",
        "Тест '; DROP TABLE educators; --",
        "=HYPERLINK(\"http://e.x\",\"Тест\")",
        "Тест {{7*7}} ${7*7} @(1+1) \\ ) (",
        "Тест </textarea><b onmouseover=alert(1)>",
    ];

    [Fact]
    public async Task Payloads_in_every_free_text_field_are_stored_and_shown_as_text()
    {
        var forms = await PortalForms.OpenAllAsync(portal);
        var failures = new List<string>(forms.Unopened);
        var (typed, saved, shown) = (0, 0, 0);
        foreach (var (action, url, client, form) in forms.Opened)
        {
            var next = 0;
            var fields = forms.Filled(action, form, _ => Corpus[next++ % Corpus.Length]);
            typed += next;
            if (next == 0)
            {
                continue; // no free text on this form
            }

            var response = await client.PostAsync(form.GetAttribute("action") ?? url, fields);
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                saved++;
                response = await client.GetAsync(response.Headers.Location!.OriginalString);
            }

            var html = await response.Content.ReadAsStringAsync();
            var page = await PortalClient.ParseAsync(html);
            failures.AddRange(Unsafe(page, html).Select(problem => $"{url} → {response.RequestMessage!.RequestUri!.PathAndQuery}: {problem}"));
            if (Corpus.Any(p => page.Body!.TextContent.Contains(p, StringComparison.Ordinal)
                || page.QuerySelectorAll("input, textarea").Any(i => (i.GetAttribute("value") ?? i.TextContent) == p)))
            {
                shown++;
            }
        }

        output.WriteLine($"{typed} payloads typed into {forms.Opened.Count} forms; {saved} saved, {shown} pages show them back as text");
        Assert.True(saved > 20 && shown > 20, $"only {saved} forms saved and {shown} pages showed a payload");
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        await TheStoredPayloadsAreLiteralInThePdfAndTheXlsxAsync();
    }

    /// <summary>What a payload would leave in the page had it been rendered as markup.</summary>
    private static IEnumerable<string> Unsafe(IDocument page, string html)
    {
        if (page.QuerySelectorAll("script:not([src])").Length > 0 || html.Contains("<script>alert", StringComparison.Ordinal))
        {
            yield return "an inline script";
        }

        foreach (var element in page.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal))))
        {
            yield return $"<{element.LocalName}> with an event handler";
        }

        if (page.QuerySelector("img[src='x']") is not null
            || page.QuerySelectorAll("a[href]").Any(a => a.GetAttribute("href")!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)))
        {
            yield return "an injected image or javascript: link";
        }
    }

    /// <summary>The route, the staff list and the monitoring report carry the payloads the forms stored, as the same text.</summary>
    private async Task TheStoredPayloadsAreLiteralInThePdfAndTheXlsxAsync()
    {
        await using var db = portal.Db();
        var goal = await db.RouteItems.Where(i => Corpus.Contains(i.Goal)).Select(i => new { i.RouteId, i.Goal }).FirstAsync();
        var lastName = await db.Educators.Where(e => Corpus.Contains(e.LastName)).Select(e => e.LastName).FirstAsync();
        var school = await db.Organizations.Where(o => Corpus.Contains(o.Name)).Select(o => o.Name).FirstAsync(); // reports name places in full

        using var methodist = await portal.LoginAsync("cnppm@demo.local");
        var routePdf = PdfText.Of(await methodist.Http.GetByteArrayAsync($"/routes/{goal.RouteId}.pdf"));
        Assert.Contains(goal.Goal, routePdf, StringComparison.Ordinal);

        using var coordinator = await portal.LoginAsync("coordinator@demo.local");
        var staff = XlsxSheets.Read(await coordinator.Http.GetByteArrayAsync("/staff/export?Q=" + Uri.EscapeDataString(lastName)));
        Assert.Contains(staff.Values.SelectMany(rows => rows).SelectMany(r => r), cell => cell == lastName);
        Assert.False(HasFormula(await coordinator.Http.GetByteArrayAsync("/staff/export")), "the staff export holds a formula");

        using var ministry = await portal.LoginAsync("ministry@demo.local");
        var year = await db.MonitoringCampaigns.Where(c => c.Status == Domain.Monitoring.CampaignStatus.Open).Select(c => c.Year).SingleAsync();
        Assert.Contains(school, PdfText.Of(await ministry.Http.GetByteArrayAsync($"/reports/monitoring/{year}.pdf")), StringComparison.Ordinal);
        var xlsx = await ministry.Http.GetByteArrayAsync($"/reports/monitoring/{year}.xlsx");
        Assert.Contains(XlsxSheets.Read(xlsx).Values.SelectMany(rows => rows).SelectMany(r => r), cell => cell == school);
        Assert.False(HasFormula(xlsx), "the report holds a formula");
    }

    /// <summary>Whether any cell of any sheet is a formula (a typed "=…" must stay a string).</summary>
    private static bool HasFormula(byte[] xlsx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        return zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Any(e =>
        {
            using var reader = new StreamReader(e.Open());
            return System.Text.RegularExpressions.Regex.IsMatch(reader.ReadToEnd(), @"<(\w+:)?f[ >]");
        });
    }

    [Fact]
    public async Task Search_boxes_treat_sql_and_like_metacharacters_as_text()
    {
        // Every list with a search box, from the route inventory: a parameter q or a filter with Q.
        var lists = RouteInventory.Of(portal)
            .Where(a => a.AttributeRouteInfo?.Template is { } t && !t.Contains('{', StringComparison.Ordinal)
                && RouteInventory.Methods(a).Contains("GET")
                && a.Parameters.Any(p => p.Name == "q" || p.ParameterType.GetProperty("Q") is not null))
            .Select(a => "/" + a.AttributeRouteInfo!.Template!).ToList();
        string[] metacharacters = ["'", "' OR '1'='1", "%", "_", "\\", "'; SELECT pg_sleep(3); --", "\") OR 1=1 --"];
        using var admin = await portal.LoginAsync("cnppm@demo.local");
        using var system = await portal.LoginAsync("admin@demo.local");
        // The read API's lists are searched as another system would, with the same user's token: their count is the answer's total.
        using var api = portal.Client(await admin.CreateTokenAsync(personalData: true));
        var failures = new List<string>();
        foreach (var list in lists)
        {
            var client = list.StartsWith("/admin", StringComparison.Ordinal) ? system : admin;
            Func<string, Task<int?>> rowsOf = list.StartsWith("/api/", StringComparison.Ordinal)
                ? text => TotalAsync(api, list, text)
                : text => RowsAsync(client, list, text);
            var nothing = await rowsOf("нет-такого-текста-xyz");
            var all = await rowsOf("");
            foreach (var text in metacharacters)
            {
                var rows = await rowsOf(text);
                if (rows is null || rows != nothing)
                {
                    failures.Add($"{list}?q={text}: {rows?.ToString() ?? "error"} rows (nothing matches: {nothing}, everything: {all})");
                }
            }
        }

        output.WriteLine($"{lists.Count} lists searched with {metacharacters.Length} metacharacter strings");
        Assert.True(lists.Count >= 8, $"only {lists.Count} lists with a search box: {string.Join(", ", lists)}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The total of an API list for a search, or null if the answer failed.</summary>
    private static async Task<int?> TotalAsync(HttpClient api, string list, string text)
    {
        var response = await api.GetAsync($"{list}?q={Uri.EscapeDataString(text)}");
        return response.StatusCode != HttpStatusCode.OK
            ? null
            : System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32();
    }

    /// <summary>The rows of the list's table for a search, or null if the page failed.</summary>
    private static async Task<int?> RowsAsync(PortalClient client, string list, string text)
    {
        var response = await client.GetAsync($"{list}?q={Uri.EscapeDataString(text)}&Q={Uri.EscapeDataString(text)}");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return null;
        }

        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        return page.QuerySelectorAll("table tbody tr").Length;
    }
}
