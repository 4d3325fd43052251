using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace MetodPortal.Web.Tests.Security;

/// <summary>
/// Mass assignment (ASVS 15.3.3): every form of the portal, found through the route inventory (a GET page and a POST
/// to the same address) and opened on Хабаровск's records by the first role that may use it, is posted as the browser
/// would — plus the fields an attacker adds: OrganizationId of a Комсомольск-на-Амуре school, RegionId of another
/// region, Status 99 and Id of another municipality's record, each where the form does not have it already. Nothing
/// they name may change: no row of Комсомольск-на-Амуре or of the other region, no status 99 anywhere — and the form
/// itself still saves.
/// </summary>
public sealed class MassAssignmentTests(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    private static readonly string[] Roles = ["school", "methodist", "coordinator", "cnppm", "ministry", "admin"];

    [Fact]
    public async Task Extra_fields_posted_to_every_form_change_nothing_they_name()
    {
        var own = await ScopedRecords.OfAsync(portal, "KHV", Seeded.KhvSchool, "school@demo.local");
        var foreign = await ScopedRecords.OfAsync(portal, "KMS", Seeded.KmsSchool, "school2@demo.local");
        var otherRegion = await ScopedRecords.AddOtherRegionAsync(portal);
        var kms = await portal.MunicipalityAsync("KMS");
        var kmsSchool = await portal.OrganizationAsync(Seeded.KmsSchool);
        var users = new List<PortalClient>();
        foreach (var role in Roles)
        {
            users.Add(await portal.LoginAsync(role + "@demo.local"));
        }

        var actions = portal.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<ControllerActionDescriptor>().ToList();
        // Uploads are the import tests' (and the cross-scope matrix's): they bind a file and an organization, nothing else.
        var posted = actions.Where(a => Method(a) == "POST" && !a.Parameters.Any(p => p.ParameterType == typeof(Microsoft.AspNetCore.Http.IFormFile)))
            .Select(a => a.AttributeRouteInfo!.Template!).ToHashSet();
        var forms = actions.Where(a => Method(a) == "GET" && posted.Contains(a.AttributeRouteInfo!.Template!) && a.ControllerTypeInfo.Name != "AccountController"
            && !a.AttributeRouteInfo.Template!.EndsWith("delete", StringComparison.Ordinal)).ToList();

        var choices = await ChoicesAsync();
        var failures = new List<string>();
        var saved = 0;
        foreach (var action in forms)
        {
            var template = action.AttributeRouteInfo!.Template!;
            var url = "/" + Regex.Replace(template, @"\{(\w+)(:\w+)?\}",
                m => (ScopedRecords.Find(own, action, m.Groups[1].Value) ?? throw new InvalidOperationException($"no record for {m.Value} of {action.DisplayName}")).Id.ToString(CultureInfo.InvariantCulture));
            var query = string.Join("&", action.Parameters
                .Where(p => (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType) == typeof(int) && !template.Contains("{" + p.Name, StringComparison.Ordinal))
                .Select(p => (p.Name, Record: ScopedRecords.Find(own, action, p.Name))).Where(p => p.Record is not null)
                .Select(p => $"{p.Name}={p.Record!.Id}"));
            var (client, form) = await FirstWhoMayOpenAsync(users, query.Length > 0 ? $"{url}?{query}" : url);
            if (form is null)
            {
                failures.Add($"{url}: no role could open the form");
                continue;
            }

            var fields = Filled(form, choices.GetValueOrDefault(template, []));
            var names = fields.Select(f => f.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var extras = new (string Name, int Value)[]
            {
                ("OrganizationId", kmsSchool.Id), ("RegionId", otherRegion), ("Status", 99),
                ("Id", (ScopedRecords.Find(foreign, action, "id") ?? ScopedRecords.Find(foreign, action, "Forms:id"))!.Id),
            }.Where(e => !names.Contains(e.Name)).ToList();
            fields.AddRange(extras.Select(e => new KeyValuePair<string, string>(e.Name, e.Value.ToString(CultureInfo.InvariantCulture))));

            var before = await ForeignRowsAsync(otherRegion, kms.Id);
            var response = await client!.PostAsync(form.GetAttribute("action") ?? url, fields);
            var after = await ForeignRowsAsync(otherRegion, kms.Id);
            if (before != after)
            {
                failures.Add($"{url} with {string.Join(", ", extras.Select(e => e.Name))}: another municipality's or region's rows changed");
            }

            if (response.StatusCode == System.Net.HttpStatusCode.Redirect)
            {
                saved++;
            }
            else
            {
                var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
                failures.Add($"{url}: not saved ({(int)response.StatusCode}) {page.QuerySelector("#validation-summary")?.TextContent.Trim()} — posted {string.Join("&", fields.Select(f => f.Key + "=" + f.Value))}");
            }
        }

        output.WriteLine($"{forms.Count} forms posted with extra fields, {saved} saved");
        Assert.True(forms.Count > 30, $"only {forms.Count} forms found");
        Assert.True(await StatusesAsync(99) == 0, "a status 99 was stored");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Where the first choice of a list is not a valid combination, the choice a user would make instead.</summary>
    private async Task<Dictionary<string, (string Name, string Value)[]>> ChoicesAsync() => new()
    {
        ["programs/create"] = [("Hours", "72")],
        ["monitoring/create"] = [("Year", "2031"), ("ReportingDate", "2031-06-01"), ("DeadlineDate", "2031-07-01")],
        ["communities/create"] = [("Level", "Municipal")],
        ["admin/users/create"] = [("Role", "Methodist"), ("OrganizationId", (await portal.OrganizationAsync("МАУ «ЦРО»")).Id.ToString(CultureInfo.InvariantCulture))],
        ["instruments/create"] = [("Areas[0].Selected", "true")],
    };

    private static string Method(ControllerActionDescriptor a) =>
        a.EndpointMetadata.OfType<Microsoft.AspNetCore.Routing.HttpMethodMetadata>().SelectMany(m => m.HttpMethods).FirstOrDefault() ?? "ANY";

    private static async Task<(PortalClient?, IElement?)> FirstWhoMayOpenAsync(List<PortalClient> users, string url)
    {
        foreach (var user in users)
        {
            var response = await user.GetAsync(url);
            if (response.StatusCode == System.Net.HttpStatusCode.OK)
            {
                var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
                var form = page.QuerySelectorAll("form[method=post]").FirstOrDefault(f => (f.GetAttribute("action") ?? url).Split('?')[0] == url.Split('?')[0]);
                if (form is not null)
                {
                    return (user, form);
                }
            }
        }

        return (null, null);
    }

    /// <summary>The form's fields as a user would complete a new record: every blank input, list and text filled in.</summary>
    private static List<KeyValuePair<string, string>> Filled(IElement form, (string Name, string Value)[] choices)
    {
        var fields = PortalClient.FieldsOf(form, choices);
        var unique = Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < fields.Count; i++)
        {
            var (name, value) = (fields[i].Key, fields[i].Value);
            var input = form.QuerySelector($"[name='{name}']")!;
            if (value.Length > 0 || input.GetAttribute("type") is "hidden" or "checkbox")
            {
                continue;
            }

            value = (input.LocalName, input.GetAttribute("type")) switch
            {
                ("select", _) => input.QuerySelectorAll("option").Select(o => o.GetAttribute("value")).Where(v => !string.IsNullOrEmpty(v))
                    .Skip(name == "MenteeId" ? 1 : 0).FirstOrDefault() ?? "", // a mentee other than the mentor
                (_, "date") when name.Contains("Birth", StringComparison.Ordinal) => "1985-05-05",
                (_, "date") when name.Contains("Profession", StringComparison.Ordinal) => "2008-09-01",
                (_, "date") when name.EndsWith("To", StringComparison.Ordinal) || name.StartsWith("End", StringComparison.Ordinal) => "2026-12-31",
                (_, "date") => "2026-10-01",
                (_, "number") => "10",
                (_, "email") => $"user{unique}@demo.local",
                (_, "password") => "Demo-2026-Strong!",
                (_, "url") => "https://example.org",
                _ when name is "Inn" or "Link" or "Email" => "",
                _ when name.EndsWith("MaxScore", StringComparison.Ordinal) => "5",
                _ when input.HasAttribute("inputmode") => "3",
                _ => $"Проверка {unique}",
            };
            fields[i] = new(name, value);
        }

        return fields;
    }

    /// <summary>A digest of every row of Комсомольск-на-Амуре (by organization, municipality or educator) and of the other region.</summary>
    private async Task<string> ForeignRowsAsync(int otherRegion, int kms)
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT string_agg(c.table_name || ':' || c.column_name, ',' ORDER BY c.table_name, c.column_name)
            FROM information_schema.columns c JOIN pg_tables t ON t.tablename = c.table_name AND t.schemaname = 'public'
            WHERE c.table_schema = 'public' AND c.column_name IN ('region_id', 'organization_id', 'municipality_id', 'educator_id')
            """, connection);
        var columns = ((string)(await command.ExecuteScalarAsync())!).Split(',').Select(c => c.Split(':')).GroupBy(c => c[0], c => c[1]);
        var digests = new List<string>();
        foreach (var table in columns.Where(t => !t.Key.Contains("audit", StringComparison.Ordinal)))
        {
            var where = string.Join(" OR ", table.Select(column => column switch
            {
                "region_id" => "region_id = @region",
                "municipality_id" => "municipality_id = @kms",
                "organization_id" => "organization_id IN (SELECT id FROM organizations WHERE municipality_id = @kms)",
                _ => "educator_id IN (SELECT educator_id FROM employments WHERE organization_id IN (SELECT id FROM organizations WHERE municipality_id = @kms))",
            }));
            const string kmsPeople = "(SELECT educator_id FROM employments WHERE organization_id IN (SELECT id FROM organizations WHERE municipality_id = @kms))";
            where += table.Key switch
            {
                "educators" => " OR id IN " + kmsPeople,
                "organizations" => " OR municipality_id = @kms",
                _ => "",
            };
#pragma warning disable CA2100 // table and column names come from the catalogue
            await using var digest = new NpgsqlCommand($"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"{table.Key}\" t WHERE {where}", connection);
#pragma warning restore CA2100
            digest.Parameters.AddWithValue("region", otherRegion);
            digest.Parameters.AddWithValue("kms", kms);
            digests.Add(table.Key + "=" + await digest.ExecuteScalarAsync());
        }

        return string.Join("\n", digests);
    }

    private async Task<long> StatusesAsync(int value)
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        var total = 0L;
        await using var list = new NpgsqlCommand("SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'status'", connection);
        var tables = new List<string>();
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
#pragma warning disable CA2100 // table names come from the catalogue
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\" WHERE status::text = @value", connection);
#pragma warning restore CA2100
            count.Parameters.AddWithValue("value", value.ToString(CultureInfo.InvariantCulture));
            total += (long)(await count.ExecuteScalarAsync())!;
        }

        return total;
    }
}
