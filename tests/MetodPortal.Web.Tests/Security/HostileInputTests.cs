using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MetodPortal.Domain.Routes;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Security;

/// <summary>Hostile files, sizes, years and characters get a Russian refusal and change nothing — never a 500.</summary>
public sealed class HostileInputTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Each import with the role that uses it.</summary>
    private static readonly (string Url, string User)[] Imports =
        [("/staff/import", "school@demo.local"), ("/diagnostics/import", "methodist@demo.local"), ("/programs/completions/import", "school@demo.local")];

    [Fact]
    public async Task An_xlsx_with_a_DTD_in_a_part_is_refused_in_Russian_by_every_import_and_writes_nothing()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var instrument = await factory.InstrumentAsync(SeededDiagnostics.MethodicalCase);
        var file = WithDoctype(StaffFiles.Xlsx([StaffFiles.Row("Сущностев", "Пётр", new DateOnly(1980, 1, 1))]));
        var before = await DigestAsync();

        foreach (var (url, user) in Imports)
        {
            using var client = await factory.LoginAsync(user);
            var response = await client.PostFileAsync("/", url, file, ("organizationId", school.Id.Id()), ("instrumentId", instrument.Id.Id()));

            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{url} answered {(int)response.StatusCode}");
            Assert.Contains("недопустимую разметку", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await DigestAsync());
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_413_and_the_Russian_page_on_every_upload_path()
    {
        using var teacher = await factory.LoginAsync("teacher@demo.local");
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var instrument = await factory.InstrumentAsync(SeededDiagnostics.MethodicalCase);
        var me = await factory.DemoTeacherAsync();
        int routeId, itemId;
        await using (var db = factory.Db())
        {
            (routeId, itemId) = await db.RouteItems.Where(i => i.EducatorId == me.Id && i.Status == RouteItemStatus.Planned
                    && db.Routes.Any(r => r.Id == i.RouteId && (r.Status == RouteStatus.InProgress || r.Status == RouteStatus.Approved)))
                .Select(i => new ValueTuple<int, int>(i.RouteId, i.Id)).FirstAsync();
        }

        var before = await DigestAsync();
        foreach (var megabytes in new[] { 11, 50 })
        {
            var bytes = new byte[megabytes * 1024 * 1024];
            foreach (var (url, user) in Imports)
            {
                using var client = await factory.LoginAsync(user);
                var response = await client.PostFileAsync("/", url, bytes, ("organizationId", school.Id.Id()), ("instrumentId", instrument.Id.Id()));
                if (megabytes == 11)
                {
                    // Just over the file's 10 MB: read up to the request's limit and refused beside the form.
                    Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{url} answered {(int)response.StatusCode}");
                    Assert.True((await response.Content.ReadAsStringAsync()).Contains("больше 10 МБ", StringComparison.Ordinal), $"{url}: no size message");
                }
                else
                {
                    await AssertTooLargeAsync(response, url);
                }
            }

            var token = await teacher.TokenAsync($"/routes/{routeId}");
            using var content = new MultipartFormDataContent();
            var file = new ByteArrayContent([.. "%PDF"u8, .. bytes]);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(file, "File", "big.pdf");
            content.Add(new StringContent(token), "__RequestVerificationToken");
            await AssertTooLargeAsync(await teacher.Http.PostAsync($"/routes/{routeId}/items/{itemId}/report", content), "evidence");
        }

        Assert.Equal(before, await DigestAsync());
    }

    [Fact]
    public async Task Every_error_page_renders_for_every_status_code_and_method()
    {
        using var client = await factory.LoginAsync("coordinator@demo.local");
        foreach (var code in new[] { 400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 500, 503 })
        {
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
            {
                var response = await client.Http.SendAsync(new HttpRequestMessage(method, $"/error/{code}")
                {
                    // A body the page must not try to read: a multipart form with a broken boundary.
                    Content = new StringContent("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\0", Encoding.UTF8, "multipart/form-data"),
                });
                Assert.True((int)response.StatusCode == code, $"{method} /error/{code} answered {(int)response.StatusCode}");
                var html = await response.Content.ReadAsStringAsync();
                Assert.Contains("На главную", html, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("/diagnostics?year=0", "Год должен быть от 1900 до 2100")]
    [InlineData("/diagnostics?year=-5", "Год должен быть от 1900 до 2100")]
    [InlineData("/diagnostics?year=10000", "Год должен быть от 1900 до 2100")]
    [InlineData("/diagnostics/map?year=99999", "Год должен быть от 1900 до 2100")]
    [InlineData("/reports/monitoring/2147483647.pdf", "Год должен быть от 1900 до 2100")]
    [InlineData("/staff?q=%00", "недопустимые управляющие символы")]
    [InlineData("/communities?q=%00", "недопустимые управляющие символы")]
    [InlineData("/staff?q=abc%01def", "недопустимые управляющие символы")]
    [InlineData("/Account/Login?ReturnUrl=%00", "недопустимые управляющие символы")]
    public async Task A_year_out_of_range_or_a_control_character_in_the_address_is_refused_in_Russian(string url, string reason)
    {
        using var client = await factory.LoginAsync("methodist@demo.local");

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_control_character_in_a_posted_field_or_the_sign_in_is_refused_and_saves_nothing()
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        var before = await DigestAsync();

        var created = await methodist.PostAsync("/communities/create", ("Name", "Клуб\0"), ("Kind", "CityAssociation"));
        var login = await factory.Client().PostAsync("/Account/Login",
            [new("Email", "ministry@demo.local"), new("Password", "Demo-2026"), new("ReturnUrl", "/\0")], "/Account/Login");
        using var anonymous = factory.Client();
        var noToken = await anonymous.Http.PostAsync("/Account/Login", new FormUrlEncodedContent([new("Email", "a\0b"), new("ReturnUrl", "\0")]));

        foreach (var response in new[] { created, login, noToken })
        {
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.RequestMessage!.RequestUri} answered {(int)response.StatusCode}");
            Assert.Contains("Некорректный запрос", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await DigestAsync());
    }

    private static async Task AssertTooLargeAsync(HttpResponseMessage response, string what)
    {
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{what} answered {(int)response.StatusCode}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(html.Contains("больше допустимых", StringComparison.Ordinal),
            $"{what}: {html[Math.Max(0, html.IndexOf("<main", StringComparison.Ordinal))..]}");
    }

    /// <summary>A workbook whose sheet part opens with a DTD declaring an entity (the first step of «billion laughs»).</summary>
    private static byte[] WithDoctype(byte[] xlsx)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml") ?? zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            var name = entry.FullName;
            entry.Delete();
            var start = xml.IndexOf("?>", StringComparison.Ordinal) is var i and >= 0 ? i + 2 : 0;
            xml = xml.Insert(start, "<!DOCTYPE worksheet [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>");
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(xml);
        }

        return stream.ToArray();
    }

    private async Task<string> DigestAsync()
    {
        var digests = await TableDigests.OfAsync(factory.ConnectionString);
        return string.Join('\n',
            digests.Where(d => d.Key is not ("audit_entries" or "access_records" or "user_sessions" or "submission_keys")).Select(d => $"{d.Key}:{d.Value}"));
    }
}
