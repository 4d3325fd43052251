using System.Net;
using MetodPortal.Domain.Audit;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace MetodPortal.Web.Tests.Security;

/// <summary>
/// A double click or a replayed post creates one record: every create form of the route inventory, sent 20 times at
/// once with the same one-time key, creates what one post creates, and no answer is a server error.
/// </summary>
public sealed class DuplicateSubmissionTests(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Twenty_identical_concurrent_posts_of_every_create_form_create_one_record()
    {
        var forms = await PortalForms.OpenAllAsync(portal);
        var creates = forms.Opened.Where(f => OneSubmission.AppliesTo(f.Form.GetAttribute("action") ?? f.Url)).ToList();
        var failures = new List<string>(forms.Unopened);
        foreach (var (action, url, client, form) in creates)
        {
            var target = form.GetAttribute("action") ?? url;
            if (form.QuerySelector($"input[name={OneSubmission.Field}]") is null)
            {
                failures.Add($"{target}: the form carries no one-time key");
                continue;
            }

            var fields = Posted(form, forms.Filled(action, form));
            var (burst, responses) = await CreatedWhileAsync(() => Task.WhenAll(Enumerable.Range(0,
                20).Select(_ => client.Http.PostAsync(target, new FormUrlEncodedContent(fields)))));
            failures.AddRange(responses.Where(r => (int)r.StatusCode >= 500).Select(r => $"{target}: {(int)r.StatusCode}"));
            if (!responses.Any(r => r.StatusCode == HttpStatusCode.Redirect))
            {
                failures.Add($"{target}: none of the 20 posts saved ({string.Join(",", responses.Select(r => (int)r.StatusCode).Distinct())})");
                continue;
            }

            // The twins are sent where the first one led.
            var first = responses.First(r => r.StatusCode == HttpStatusCode.Redirect).Headers.Location!.OriginalString;
            failures.AddRange(responses.Where(r => r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.OriginalString != first)
                .Select(r => $"{target}: a twin was sent to {r.Headers.Location} instead of {first}"));

            // What one post of the same form creates, opened afresh (a new key) and filled with new values.
            var again = (await client.GetPageAsync(forms.OpenedAt[url])).QuerySelectorAll("form[method=post]")
                .FirstOrDefault(f => (f.GetAttribute("action") ?? url).Split('?')[0] == target.Split('?')[0]);
            var (single, singleResponse) = again is null ? ([], [])
                : await CreatedWhileAsync(async () => [await client.Http.PostAsync(target,
                    new FormUrlEncodedContent(Posted(again, forms.Filled(action, again))))]);
            var once = singleResponse.FirstOrDefault()?.StatusCode == HttpStatusCode.Redirect ? single : burst.ToDictionary(b => b.Key, _ => 1);
            failures.AddRange(burst.Where(b => b.Value > once.GetValueOrDefault(b.Key))
                .Select(b => $"{target}: 20 posts created {b.Value} {b.Key}, one post creates {once.GetValueOrDefault(b.Key)}"));

            // A replay of the same post later creates nothing either.
            var (replayed, _) = await CreatedWhileAsync(async () => [await client.Http.PostAsync(target, new FormUrlEncodedContent(fields))]);
            failures.AddRange(replayed.Select(r => $"{target}: a replayed post created {r.Value} {r.Key}"));
        }

        output.WriteLine($"{creates.Count} create forms posted 20 times at once; {failures.Count} failures");
        Assert.True(creates.Count >= 12, $"only {creates.Count} create forms found");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The form's fields as posted by the browser that opened it: its token and its one-time key included.</summary>
    private static List<KeyValuePair<string, string>> Posted(AngleSharp.Dom.IElement form, List<KeyValuePair<string, string>> filled) =>
        [.. filled, new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)];

    /// <summary>The records created (by type, from the audit log) while <paramref name="posting"/> ran, and its answers.</summary>
    private async Task<(Dictionary<string, int> Created, HttpResponseMessage[] Responses)> CreatedWhileAsync(Func<Task<HttpResponseMessage[]>> posting)
    {
        long last;
        await using (var db = portal.Db())
        {
            last = await db.AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0;
        }

        var responses = await posting();
        await using (var db = portal.Db())
        {
            var created = await db.AuditEntries.Where(a => a.Id > last && a.Action == AuditAction.Created)
                .GroupBy(a => a.EntityType).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
            return (created, responses);
        }
    }
}
