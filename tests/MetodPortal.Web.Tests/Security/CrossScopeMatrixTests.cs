using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using MetodPortal.Data.Identity;
using MetodPortal.Domain.Identity;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Routes;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace MetodPortal.Web.Tests.Security;

/// <summary>
/// The cross-scope matrix (ASVS 8.2.2, 8.4.1), generated from the route inventory: every action that takes an id —
/// in its route, its query or its posted form — is asked for records that are not the user's, by every role:
/// users of город Хабаровск (coordinator, methodist, school administrator, teacher) ask for Комсомольск-на-Амуре's
/// records, and the ministry and the regional methodist of another region ask for anything of Хабаровский край.
/// Each answer must be 404 or 403 (a create form may instead refuse with its validation summary), and no table may
/// change. List filters (search forms) are not by-id routes and are not in the matrix.
/// </summary>
public sealed class CrossScopeMatrixTests(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    /// <summary>Parameters that are values, not records: the year of a report, the number of an indicator, a page.</summary>
    private static readonly Dictionary<string, string> Values = new(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = "2026", ["indicator"] = "1", ["page"] = "1", ["version"] = "", ["code"] = "404",
    };

    private sealed record Record(int Id, bool RegionWide);

    private sealed record Case(string Method, string Url, List<KeyValuePair<string, string>> Form, bool ForeignInRoute, bool ForeignAnywhere, bool HasFile);

    [Fact]
    public async Task Every_by_id_route_refuses_records_outside_the_users_scope_and_changes_nothing()
    {
        var records = await ArrangeAsync();
        var actions = portal.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>().Where(a => a.ControllerTypeInfo.Name != "ErrorsController").ToList();

        var users = new (string Email, bool OtherRegion)[]
        {
            ("coordinator@demo.local", false), ("methodist@demo.local", false), ("school@demo.local", false), ("teacher@demo.local", false),
            ("ministry@other.local", true), ("cnppm@other.local", true),
        };
        var failures = new List<string>();
        var count = 0;
        foreach (var (email, otherRegion) in users)
        {
            using var client = await portal.LoginAsync(email);
            var token = await client.TokenAsync();
            var before = await TableDigests.OfAsync(portal.ConnectionString);
            foreach (var action in actions)
            {
                var @case = CaseOf(action, records, otherRegion);
                if (@case is null || !@case.ForeignAnywhere)
                {
                    continue; // nothing of another scope in it: only region-wide records a municipal user may see
                }

                count++;
                var response = @case.Method == "GET"
                    ? await client.GetAsync(@case.Url)
                    : await client.Http.PostAsync(@case.Url, Body(@case, token));
                if (response.StatusCode == HttpStatusCode.Redirect && @case.Method == "GET")
                {
                    response = await client.GetAsync(response.Headers.Location!.ToString()); // as a browser would follow it
                }

                var status = response.StatusCode;
                var refused = status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden
                    || (!@case.ForeignInRoute && @case.Method == "POST" && status == HttpStatusCode.OK
                        && (await response.Content.ReadAsStringAsync()).Contains("id=\"validation-summary\"", StringComparison.Ordinal));
                if (!refused)
                {
                    failures.Add($"{email}: {@case.Method} {@case.Url} → {response.RequestMessage?.RequestUri?.PathAndQuery} {string.Join("&", @case.Form.Select(f => f.Key + "=" + f.Value))} → {(int)status}");
                }
            }

            var changed = TableDigests.Changed(Without(before), Without(await TableDigests.OfAsync(portal.ConnectionString)));
            if (changed.Count > 0)
            {
                failures.Add($"{email} changed rows: {string.Join("; ", changed)}");
            }
        }

        output.WriteLine($"{count} cross-scope cases run ({actions.Count} actions in the inventory, {users.Length} users)");
        Assert.True(count > 300, $"only {count} cases");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} cases not refused:\n" + string.Join("\n", failures));
    }

    /// <summary>The audit log records every request that reached an action, refused or not; it is not the data asked for.</summary>
    private static Dictionary<string, (long Rows, string Digest)> Without(Dictionary<string, (long Rows, string Digest)> tables) =>
        tables.Where(t => !t.Key.Contains("audit", StringComparison.OrdinalIgnoreCase)).ToDictionary();

    /// <summary>The request for one action with every id parameter set to a record outside the user's scope.</summary>
    private static Case? CaseOf(ControllerActionDescriptor action, Dictionary<string, Record> records, bool otherRegion)
    {
        var method = action.EndpointMetadata.OfType<Microsoft.AspNetCore.Routing.HttpMethodMetadata>().SelectMany(m => m.HttpMethods).First();
        var template = action.AttributeRouteInfo!.Template!;
        var routeNames = Regex.Matches(template, @"\{(\w+)(:\w+)?\}").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var foreignInRoute = false;
        var foreignAnywhere = false;
        var query = new List<KeyValuePair<string, string>>();
        var form = new List<KeyValuePair<string, string>>();

        string? ValueOf(string name, Type type)
        {
            if (Values.TryGetValue(name, out var value))
            {
                return value;
            }

            var record = Find(records, action, name);
            if (record is null)
            {
                return type == typeof(int) && routeNames.Contains(name) ? throw new InvalidOperationException($"No record known for {{{name}}} of {action.ControllerTypeInfo.Name}.{action.ActionName}") : null;
            }

            var foreign = otherRegion || !record.RegionWide;
            foreignAnywhere |= foreign;
            foreignInRoute |= foreign && routeNames.Contains(name);
            return record.Id.ToString(CultureInfo.InvariantCulture);
        }

        var url = Regex.Replace(template, @"\{(\w+)(:\w+)?\}", m => ValueOf(m.Groups[1].Value, typeof(int))!);
        var hasFile = false;
        foreach (var parameter in action.Parameters.Where(p => !routeNames.Contains(p.Name)))
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (type == typeof(IFormFile))
            {
                hasFile = true;
            }
            else if (type == typeof(int))
            {
                var value = ValueOf(parameter.Name, type);
                if (value is not null)
                {
                    (method == "GET" ? query : form).Add(new(parameter.Name, value));
                }
            }
            else if (method != "GET" && type.IsClass && type != typeof(string) && type != typeof(CancellationToken))
            {
                form.AddRange(Plausible(type, (name, t) => ValueOf(name, t)));
            }
            else if (method != "GET" && type == typeof(string))
            {
                form.Add(new(parameter.Name, "чужое"));
            }
        }

        if (query.Count > 0)
        {
            url += "?" + string.Join("&", query.Select(q => q.Key + "=" + q.Value));
        }

        return new Case(method, "/" + url, form, foreignInRoute, foreignAnywhere, hasFile);
    }

    /// <summary>A posted form that would pass validation if the ids were the user's own: so only the scope can refuse it.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Plausible(Type form, Func<string, Type, string?> idOf)
    {
        foreach (var property in form.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var name = property.Name;
            string? value = type switch
            {
                _ when type == typeof(int) && name.EndsWith("Id", StringComparison.Ordinal) => idOf(name, type),
                _ when type == typeof(int) || type == typeof(decimal) || type == typeof(uint) => name == "Version" ? null : "1",
                _ when type == typeof(string) => name.Contains("Email", StringComparison.Ordinal) ? "someone@other.local" : "Чужое значение",
                _ when type == typeof(DateOnly) => name.EndsWith("To", StringComparison.Ordinal) || name.EndsWith("Until", StringComparison.Ordinal) || name == "Deadline" ? "2026-12-31" : "2026-10-01",
                _ when type == typeof(bool) => "true",
                _ when type.IsEnum => Enum.GetNames(type)[0],
                _ => null,
            };
            if (value is not null)
            {
                yield return new(name, value);
            }
        }
    }

    private static Record? Find(Dictionary<string, Record> records, ControllerActionDescriptor action, string name)
    {
        var controller = action.ControllerTypeInfo.Name.Replace("Controller", "", StringComparison.Ordinal);
        return records.GetValueOrDefault($"{controller}.{action.ActionName}:{name}")
            ?? records.GetValueOrDefault($"{controller}:{name}")
            ?? records.GetValueOrDefault(name);
    }

    private static FormUrlEncodedContent Body(Case @case, string token) =>
        new(@case.Form.Append(new("__RequestVerificationToken", token)));

    /// <summary>
    /// The records asked for: Комсомольск-на-Амуре's (outside every Хабаровск user's scope) and the region's shared ones
    /// (campaigns, catalogues: outside the scope of the other region's users only); and the other region with its two users.
    /// </summary>
    private async Task<Dictionary<string, Record>> ArrangeAsync()
    {
        await using var db = portal.Db();
        var kms = await db.Municipalities.SingleAsync(m => m.Code == "KMS");
        var school = await db.Organizations.SingleAsync(o => o.ShortName == Seeded.KmsSchool);
        var route = await db.Routes.Include(r => r.Items)
            .Where(r => r.Organization!.MunicipalityId == kms.Id && r.Status == RouteStatus.InProgress && r.Items.Any(i => i.Status == RouteItemStatus.Planned))
            .OrderBy(r => r.Id).FirstAsync();
        var item = route.Items.First(i => i.Status == RouteItemStatus.Planned);
        var evidence = item.Attach(new RouteEvidence { FileName = "справка.pdf", ContentType = "application/pdf", Content = "%PDF-1.4"u8.ToArray(), Size = 8, UploadedAt = DateTimeOffset.UtcNow });
        db.RouteEvidence.Add(evidence);
        var campaign = await db.MonitoringCampaigns.Where(c => c.Status == CampaignStatus.Open).SingleAsync();
        var form = await db.MonitoringForms.Where(f => f.CampaignId == campaign.Id && f.OrganizationId == school.Id).SingleAsync();
        var recommendation = new Recommendation
        {
            RegionId = school.RegionId, CampaignId = campaign.Id, Indicator = 1, OrganizationId = school.Id, Value = 10, Threshold = 50,
            Text = "Рекомендация школе другого муниципалитета", CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Recommendations.Add(recommendation);
        await db.SaveChangesAsync();

        var diagnostics = await db.Diagnostics.Where(d => d.Organization!.MunicipalityId == kms.Id)
            .GroupBy(d => d.EducatorId).Where(g => g.Count() > 1).Select(g => g.OrderBy(d => d.Id).Select(d => d.Id).ToList()).FirstAsync();
        var employment = await db.Employments.Where(e => e.OrganizationId == school.Id && e.EndDate == null).OrderBy(e => e.Id).FirstAsync();
        var colleague = await db.Employments.Where(e => e.OrganizationId == school.Id && e.EducatorId != employment.EducatorId).Select(e => e.EducatorId).FirstAsync();
        var pair = await db.MentoringPairs.Where(p => p.Program!.Organization!.MunicipalityId == kms.Id).OrderBy(p => p.Id).FirstAsync();
        var community = await db.Communities.Where(c => c.MunicipalityId == kms.Id && c.Memberships.Any()).OrderBy(c => c.Id).FirstAsync();
        var member = await db.CommunityMemberships.Where(m => m.CommunityId == community.Id).Select(m => m.Id).FirstAsync();
        var participation = await db.EventParticipations.Where(p => p.Event!.MunicipalityId == kms.Id && p.Organization!.MunicipalityId == kms.Id).OrderBy(p => p.Id).FirstAsync();
        var user = await db.Users.Where(u => u.Email == "school2@demo.local").Select(u => u.Id).SingleAsync();
        Record Own(int id) => new(id, false);
        Record Shared(int id) => new(id, true);

        var records = new Dictionary<string, Record>(StringComparer.OrdinalIgnoreCase)
        {
            ["Routes:id"] = Own(route.Id), ["Routes:itemId"] = Own(item.Id), ["Routes:fileId"] = Own(evidence.Id),
            ["Diagnostics:id"] = Own(diagnostics[0]), ["first"] = Own(diagnostics[0]), ["second"] = Own(diagnostics[1]), ["diagnosticId"] = Own(diagnostics[0]),
            ["Staff:id"] = Own(employment.EducatorId), ["employmentId"] = Own(employment.Id),
            ["Mentoring:id"] = Own(pair.ProgramId), ["pairId"] = Own(pair.Id),
            ["Communities:id"] = Own(community.Id), ["memberId"] = Own(member),
            ["Events:id"] = Own(participation.EventId), ["participationId"] = Own(participation.Id),
            ["Events.Details:id"] = Shared(participation.EventId), // the navigator of events is region-wide
            ["Sites:id"] = Own(await db.OrganizationStatuses.Where(s => s.Organization!.MunicipalityId == kms.Id).Select(s => s.Id).FirstAsync()),
            ["Organizations:id"] = Own(school.Id), ["Municipalities:id"] = Own(kms.Id),
            ["Forms:id"] = Own(form.Id), ["Recommendations.Edit:id"] = Own(recommendation.Id),
            ["completionId"] = Own(await db.ProgramCompletions.Where(c => c.Organization!.MunicipalityId == kms.Id).Select(c => c.Id).FirstAsync()),
            ["Users:id"] = Own(user), ["TutorUserId"] = Own(user),
            ["organizationId"] = Own(school.Id), ["municipalityId"] = Own(kms.Id),
            ["educatorId"] = Own(employment.EducatorId), ["MentorId"] = Own(employment.EducatorId), ["MenteeId"] = Own(colleague), ["CuratorId"] = Own(employment.EducatorId),

            // The region's shared records: every user of the region may read them, as far as their role allows.
            ["Campaigns:id"] = Shared(campaign.Id), ["Dashboard:id"] = Shared(campaign.Id), ["Recommendations:id"] = Shared(campaign.Id), ["campaignId"] = Shared(campaign.Id),
            ["Catalogue.EditArea:id"] = Shared(await db.CompetenceAreas.Select(a => a.Id).FirstAsync()),
            ["CompetenceAreaId"] = Shared(await db.CompetenceAreas.Select(a => a.Id).FirstAsync()),
            ["Catalogue.EditInstrument:id"] = Shared(await db.DiagnosticInstruments.Select(i => i.Id).FirstAsync()),
            ["instrumentId"] = Shared(await db.DiagnosticInstruments.Select(i => i.Id).FirstAsync()),
            ["Programs:id"] = Shared(await db.ProfessionalPrograms.Select(p => p.Id).FirstAsync()),
            ["ProgramId"] = Shared(await db.ProfessionalPrograms.Select(p => p.Id).FirstAsync()),
        };

        await AddOtherRegionAsync(db);
        return records;
    }

    /// <summary>Амурская область: a second tenant with a ministry and a regional methodist of its own.</summary>
    private static async Task AddOtherRegionAsync(Data.PortalDbContext db)
    {
        var region = new Region { Code = "28", Name = "Амурская область" };
        db.Regions.Add(region);
        await db.SaveChangesAsync();
        var ministry = db.AddOrganization(new Organization
        {
            RegionId = region.Id, Name = "Министерство образования и науки Амурской области", ShortName = "Минобрнауки Амурской области",
            Type = OrganizationType.Ministry, Level = OrganizationLevel.Regional,
        });
        await db.SaveChangesAsync();
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!);
        var hasher = new PasswordHasher<AppUser>();
        foreach (var (email, role) in new[] { ("ministry@other.local", Roles.Ministry), ("cnppm@other.local", Roles.RegionalMethodist) })
        {
            var user = new AppUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
                FullName = "Пользователь другого региона", OrganizationId = ministry.Id, RegionId = region.Id, LockoutEnabled = true,
                SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(), CreatedAt = DateTimeOffset.UtcNow,
            };
            user.PasswordHash = hasher.HashPassword(user, "Demo-2026");
            db.Users.Add(user);
            await db.SaveChangesAsync();
            db.UserRoles.Add(new IdentityUserRole<int> { UserId = user.Id, RoleId = roles[role].Id });
        }

        await db.SaveChangesAsync();
    }
}
