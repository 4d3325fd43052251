using System.Globalization;
using System.Net;
using System.Text.Json;
using MetodPortal.Domain.Audit;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Infrastructure;
using MetodPortal.Web.Tests.Security;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Api;

/// <summary>The read API (/api/v1): only with a valid token, in the token's scope, the same figures as the pages, and the manners of an API.</summary>
public sealed class ReadApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private IReadOnlyList<ControllerActionDescriptor> ApiActions() =>
        [.. RouteInventory.Of(portal).Where(a => RouteInventory.Template(a).StartsWith("api/v1/", StringComparison.Ordinal))];

    private static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Every_endpoint_answers_401_without_a_token_with_a_cookie_only_and_with_a_revoked_or_expired_one()
    {
        using var user = await portal.LoginAsync("ministry@demo.local");
        var revoked = await user.CreateTokenAsync(name: "Отозванный");
        var expired = await user.CreateTokenAsync(name: "Истёкший");
        var valid = await user.CreateTokenAsync(name: "Действующий");
        await using (var db = portal.Db())
        {
            var revokedId = await db.ApiTokens.Where(t => t.Name == "Отозванный").Select(t => t.Id).SingleAsync();
            Assert.Equal(HttpStatusCode.Redirect, (await user.PostAsync($"/account/tokens/{Inv(revokedId)}/revoke", [], "/account/tokens")).StatusCode);
            await db.ApiTokens.Where(t => t.Name == "Истёкший").ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        var actions = ApiActions();
        Assert.True(actions.Count >= 17, $"{actions.Count} API actions");
        var failures = new List<string>();
        using var valid200 = portal.Client(valid);
        foreach (var action in actions)
        {
            var url = RouteInventory.Url(RouteInventory.Template(action), _ => "1");
            foreach (var (who, client) in new[]
            {
                ("no token", portal.Client(null)), ("revoked", portal.Client(revoked)), ("expired", portal.Client(expired)),
                ("made up", portal.Client("mpt_" + new string('x', 43))), ("cookie only", user.Http),
            })
            {
                var response = await client.GetAsync(url);
                var problem = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.Unauthorized || response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                    || !problem.Contains("токен", StringComparison.OrdinalIgnoreCase))
                {
                    failures.Add($"{who}: GET {url} → {(int)response.StatusCode} {response.Content.Headers.ContentType} "
                        + problem[..Math.Min(200, problem.Length)]);
                }
            }

            // The same address with the valid token is not refused for the token (a record numbered 1 may be missing: 404).
            var answer = await valid200.GetAsync(url);
            if (answer.StatusCode is HttpStatusCode.Unauthorized)
            {
                failures.Add($"valid: GET {url} → 401");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var challenge = await portal.Client(null).GetAsync("/api/v1/organizations");
        Assert.Equal("Bearer", challenge.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task The_indicators_equal_the_dashboards_and_the_reports()
    {
        using var ministry = await portal.LoginAsync("ministry@demo.local");
        var api = portal.Client(await ministry.CreateTokenAsync(personalData: false));
        await using var db = portal.Db();
        var campaign = await db.MonitoringCampaigns.Where(c => c.Year == 2026).Select(c => c.Id).SingleAsync();

        foreach (var source in new[] { "Declared", "Registry" })
        {
            var figures = await api.JsonAsync($"/api/v1/indicators?year=2026&source={source}");
            Assert.Equal("Region", figures.GetProperty("place").GetProperty("level").GetString());
            var nine = figures.GetProperty("place").GetProperty("indicators").EnumerateArray().ToList();
            Assert.Equal(9, nine.Count);

            var dashboard = await ministry.GetPageAsync($"/monitoring/{Inv(campaign)}/dashboard?source={source}");
            foreach (var indicator in nine)
            {
                var number = indicator.GetProperty("number").GetInt32();
                var counts = dashboard.QuerySelector($"#total tr[data-indicator='{Inv(number)}'] div.small.text-muted")!.TextContent;
                Assert.StartsWith($"{indicator.GetProperty("numerator").GetInt32()} из {indicator.GetProperty("denominator").GetInt32()}", counts.Trim(),
                    StringComparison.Ordinal);
                Assert.True(indicator.GetProperty("threshold").GetDecimal() > 0);
                Assert.False(string.IsNullOrEmpty(indicator.GetProperty("source").GetString()));
            }

            // Each municipality and regional organization one level down, as the dashboard's table gives it.
            var breakdown = figures.GetProperty("breakdown").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
            var rows = dashboard.QuerySelectorAll("#indicators tbody tr").ToList();
            Assert.Equal(rows.Count, breakdown.Count);
            foreach (var row in rows)
            {
                var place = breakdown[row.GetAttribute("data-name")!].GetProperty("indicators").EnumerateArray().ToList();
                var shares = row.QuerySelectorAll("td.share").ToList();
                Assert.Equal(place.Count == 0 ? 0 : 9, shares.Count(s => s.GetAttribute("data-whole") is not null));
                for (var i = 0; i < place.Count; i++)
                {
                    Assert.Equal(Inv(place[i].GetProperty("numerator").GetInt32()), shares[i].GetAttribute("data-part"));
                    Assert.Equal(Inv(place[i].GetProperty("denominator").GetInt32()), shares[i].GetAttribute("data-whole"));
                }
            }
        }

        // The report's workbook: the same numerators and denominators, line by line.
        var declared = (await api.JsonAsync("/api/v1/indicators?year=2026")).GetProperty("place").GetProperty("indicators").EnumerateArray().ToList();
        var sheet = XlsxSheets.Read(await (await ministry.GetAsync("/reports/monitoring/2026.xlsx")).Content.ReadAsByteArrayAsync())["Показатели"];
        for (var i = 0; i < 9; i++)
        {
            Assert.Equal(Inv(declared[i].GetProperty("numerator").GetInt32()), sheet[i + 1][2]);
            Assert.Equal(Inv(declared[i].GetProperty("denominator").GetInt32()), sheet[i + 1][3]);
        }
    }

    [Fact]
    public async Task A_municipal_token_reads_its_municipality_only()
    {
        var khv = await portal.MunicipalityAsync("KHV");
        var kms = await portal.MunicipalityAsync("KMS");
        var api = portal.Client(await portal.CreateTokenAsync("coordinator@demo.local"));
        int kmsSchool, kmsEducator, kmsRoute, khvEducator;
        HashSet<int> khvOrganizations;
        await using (var db = portal.Db())
        {
            kmsSchool = (await portal.OrganizationAsync(Seeded.KmsSchool)).Id;
            kmsEducator = await db.Employments.Where(e => e.OrganizationId == kmsSchool).Select(e => e.EducatorId).FirstAsync();
            kmsRoute = await db.Routes.Where(r => r.Organization!.MunicipalityId == kms.Id).Select(r => r.Id).FirstAsync();
            khvOrganizations = [.. await db.Organizations.Where(o => o.MunicipalityId == khv.Id).Select(o => o.Id).ToListAsync()];
            khvEducator = await db.Employments.Where(e => e.Organization!.MunicipalityId == khv.Id && e.EndDate == null).Select(e => e.EducatorId).FirstAsync();
        }

        var municipalities = (await api.JsonAsync("/api/v1/municipalities")).EnumerateArray().Select(m => m.GetProperty("id").GetInt32()).ToList();
        Assert.Equal([khv.Id], municipalities);
        var organizations = await api.AllAsync("/api/v1/organizations?pageSize=500");
        Assert.NotEmpty(organizations);
        Assert.All(organizations, o => Assert.Contains(o.GetProperty("id").GetInt32(), khvOrganizations));
        Assert.Empty(await api.AllAsync($"/api/v1/organizations?municipalityId={Inv(kms.Id)}"));

        foreach (var url in new[]
        {
            $"/api/v1/organizations/{Inv(kmsSchool)}", $"/api/v1/educators/{Inv(kmsEducator)}", $"/api/v1/routes/{Inv(kmsRoute)}",
            $"/api/v1/indicators?municipalityId={Inv(kms.Id)}", $"/api/v1/indicators?organizationId={Inv(kmsSchool)}",
        })
        {
            var response = await api.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} → {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Не найдено", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(khvEducator, (await api.JsonAsync($"/api/v1/educators/{Inv(khvEducator)}")).GetProperty("id").GetInt32());
        var educators = await api.AllAsync("/api/v1/educators?pageSize=500");
        Assert.NotEmpty(educators);
        Assert.All(educators, e => Assert.Contains(e.GetProperty("employments").EnumerateArray(),
            x => khvOrganizations.Contains(x.GetProperty("organizationId").GetInt32())));
        Assert.All(await api.AllAsync("/api/v1/routes?pageSize=500"), r => Assert.Contains(r.GetProperty("organizationId").GetInt32(), khvOrganizations));
        Assert.All(await api.AllAsync("/api/v1/diagnostics?pageSize=500"),
            d => Assert.Contains(d.GetProperty("organizationId").GetInt32(), khvOrganizations));
        var campaign = (await api.JsonAsync("/api/v1/campaigns?year=2026")).EnumerateArray().Single();
        var forms = await api.AllAsync($"/api/v1/campaigns/{Inv(campaign.GetProperty("id").GetInt32())}/forms");
        Assert.Equal(campaign.GetProperty("completeness").GetProperty("forms").GetInt32(), forms.Count);
        Assert.Equal(campaign.GetRawText(), (await api.JsonAsync($"/api/v1/campaigns/{Inv(campaign.GetProperty("id").GetInt32())}")).GetRawText());
        Assert.All(forms, f => Assert.Equal(khv.Id, f.GetProperty("municipalityId").GetInt32()));
        Assert.Equal("Municipality", (await api.JsonAsync("/api/v1/indicators")).GetProperty("place").GetProperty("level").GetString());
        Assert.All(await api.AllAsync("/api/v1/recommendations?year=2026"), r => Assert.True(
            r.GetProperty("municipalityId").ValueKind == JsonValueKind.Number ? r.GetProperty("municipalityId").GetInt32() == khv.Id
                : khvOrganizations.Contains(r.GetProperty("organizationId").GetInt32())));
    }

    [Fact]
    public async Task Personal_data_needs_the_tokens_permission_and_every_read_is_in_the_access_log()
    {
        using var methodist = await portal.LoginAsync("methodist@demo.local");
        var without = portal.Client(await methodist.CreateTokenAsync(personalData: false, name: "Без персональных данных"));
        var with = portal.Client(await methodist.CreateTokenAsync(personalData: true, name: "С персональными данными"));
        var personal = new[] { "/api/v1/educators", "/api/v1/diagnostics", "/api/v1/routes" };
        foreach (var url in personal)
        {
            var refused = await without.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("персональные данные", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await without.GetAsync("/api/v1/organizations")).StatusCode);

        await using var db = portal.Db();
        var before = await db.AccessRecords.CountAsync(r => r.Kind == AccessKind.ApiRead);
        var educator = (await with.JsonAsync("/api/v1/educators?pageSize=3")).GetProperty("items")[0].GetProperty("id").GetInt32();
        var route = (await with.JsonAsync("/api/v1/routes?pageSize=3")).GetProperty("items")[0].GetProperty("id").GetInt32();
        await with.JsonAsync("/api/v1/diagnostics?pageSize=3&year=2026");
        await with.JsonAsync($"/api/v1/educators/{Inv(educator)}");
        await with.JsonAsync($"/api/v1/routes/{Inv(route)}");

        var records = await db.AccessRecords.Where(r => r.Kind == AccessKind.ApiRead).OrderBy(r => r.Id).Skip(before).ToListAsync();
        Assert.Equal(
            ["/api/v1/educators?pageSize=3", "/api/v1/routes?pageSize=3", "/api/v1/diagnostics?pageSize=3&year=2026", $"/api/v1/educators/{Inv(educator)}",
                $"/api/v1/routes/{Inv(route)}"],
            records.Select(r => r.Subject));
        Assert.All(records, r => Assert.Equal("methodist@demo.local", r.UserName));
        Assert.Equal(educator, records[3].EducatorId);
    }

    [Fact]
    public async Task An_unchanged_answer_comes_back_as_304_with_its_ETag()
    {
        var api = portal.Client(await portal.CreateTokenAsync("ministry@demo.local", personalData: false));
        var first = await api.GetAsync("/api/v1/organizations?pageSize=5");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/organizations?pageSize=5");
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await api.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/v1/organizations?pageSize=6");
        other.Headers.IfNoneMatch.Add(etag);
        var changed = await api.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task Lists_are_paged_dates_are_ISO_and_errors_are_problem_details_in_Russian()
    {
        var api = portal.Client(await portal.CreateTokenAsync("ministry@demo.local", personalData: false));
        var first = await api.JsonAsync("/api/v1/organizations?pageSize=2");
        var total = first.GetProperty("total").GetInt32();
        Assert.True(total > 2);
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        var next = first.GetProperty("next").GetString()!;
        Assert.Contains("page=2", next, StringComparison.Ordinal);
        var second = await api.JsonAsync(next);
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.NotEqual(first.GetProperty("items")[0].GetProperty("id").GetInt32(), second.GetProperty("items")[0].GetProperty("id").GetInt32());
        Assert.Equal(total, (await api.AllAsync("/api/v1/organizations?pageSize=500")).Select(o => o.GetProperty("id").GetInt32()).Distinct().Count());

        var events = (await api.JsonAsync("/api/v1/events?year=2026&pageSize=5")).GetProperty("items");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", events[0].GetProperty("startsOn").GetString());
        var campaign = (await api.JsonAsync("/api/v1/campaigns?year=2026"))[0];
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", campaign.GetProperty("deadline").GetString());
        var programs = await api.JsonAsync("/api/v1/programs?pageSize=500");
        Assert.Contains(programs.GetProperty("items").EnumerateArray(), p => p.GetProperty("cohorts").GetArrayLength() > 0);

        foreach (var (url, status, words) in new[]
        {
            ("/api/v1/organizations?pageSize=501", 400, "от 1 до 500"), ("/api/v1/organizations?page=0", 400, "начинается с 1"),
            ("/api/v1/organizations?municipalityId=abc", 400, "municipalityId"), ("/api/v1/organizations/999999", 404, "Не найдено"),
            ("/api/v1/nothing-here", 404, "Не найдено"),
        })
        {
            var response = await api.GetAsync(url);
            Assert.True((int)response.StatusCode == status, $"{url} → {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(status, problem.GetProperty("status").GetInt32());
            var text = problem.GetProperty("title").GetString() + " " + problem.GetProperty("detail").GetString();
            Assert.True(text.Contains(words, StringComparison.Ordinal), $"{url}: {text}");
        }

        var post = await api.PostAsync("/api/v1/organizations", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Null(post.Headers.Contains("Access-Control-Allow-Origin") ? "CORS open" : null);
    }
}
