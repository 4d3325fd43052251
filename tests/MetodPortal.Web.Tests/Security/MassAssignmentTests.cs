using System.Globalization;
using MetodPortal.Web.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace MetodPortal.Web.Tests.Security;

/// <summary>
/// Mass assignment (ASVS 15.3.3): every form of the portal (<see cref="PortalForms"/>: found through the route
/// inventory, opened on Хабаровск's records by the first role that may use it) is posted as the browser would — plus the fields an attacker adds:
/// OrganizationId of a Комсомольск-на-Амуре school, RegionId of another
/// region, Status 99 and Id of another municipality's record, each where the form does not have it already. Nothing
/// they name may change: no row of Комсомольск-на-Амуре or of the other region, no status 99 anywhere — and the form
/// itself still saves.
/// </summary>
public sealed class MassAssignmentTests(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Extra_fields_posted_to_every_form_change_nothing_they_name()
    {
        var forms = await PortalForms.OpenAllAsync(portal);
        var foreign = await ScopedRecords.OfAsync(portal, "KMS", Seeded.KmsSchool, "school2@demo.local");
        var otherRegion = await ScopedRecords.AddOtherRegionAsync(portal);
        var kms = await portal.MunicipalityAsync("KMS");
        var kmsSchool = await portal.OrganizationAsync(Seeded.KmsSchool);
        var failures = new List<string>(forms.Unopened);
        var saved = 0;
        foreach (var (action, url, client, form) in forms.Opened)
        {
            var fields = forms.Filled(action, form);
            var names = fields.Select(f => f.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var extras = new (string Name, int Value)[]
            {
                ("OrganizationId", kmsSchool.Id), ("RegionId", otherRegion), ("Status", 99),
                ("Id", (ScopedRecords.Find(foreign, action, "id") ?? ScopedRecords.Find(foreign, action, "Forms:id"))!.Id),
            }.Where(e => !names.Contains(e.Name)).ToList();
            fields.AddRange(extras.Select(e => new KeyValuePair<string, string>(e.Name, e.Value.ToString(CultureInfo.InvariantCulture))));

            var before = await ForeignRowsAsync(otherRegion, kms.Id);
            var response = await client.PostAsync(form.GetAttribute("action") ?? url, fields);
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
                failures.Add($"{url}: not saved ({(int)response.StatusCode}) {page.QuerySelector("#validation-summary")?.TextContent.Trim()} — posted "
                    + $"{string.Join("&", fields.Select(f => f.Key + "=" + f.Value))}");
            }
        }

        output.WriteLine($"{forms.Opened.Count} forms posted with extra fields, {saved} saved");
        Assert.True(forms.Opened.Count > 30, $"only {forms.Opened.Count} forms found");
        Assert.True(await StatusesAsync(99) == 0, "a status 99 was stored");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
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
                _ => "educator_id IN (SELECT educator_id FROM employments WHERE organization_id IN (SELECT id FROM organizations WHERE municipality_id "
                    + "= @kms))",
            }));
            const string kmsPeople = "(SELECT educator_id FROM employments WHERE organization_id IN (SELECT id FROM organizations WHERE "
                + "municipality_id = @kms))";
            where += table.Key switch
            {
                "educators" => " OR id IN " + kmsPeople,
                "organizations" => " OR municipality_id = @kms",
                _ => "",
            };
#pragma warning disable CA2100 // table and column names come from the catalogue
            await using var digest = new NpgsqlCommand($"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "
                + $"\"{table.Key}\" t WHERE {where}", connection);
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
        await using var list = new NpgsqlCommand("SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = "
            + "'status'", connection);
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
