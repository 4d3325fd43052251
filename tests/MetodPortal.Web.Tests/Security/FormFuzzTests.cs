using System.Net;
using MetodPortal.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace MetodPortal.Web.Tests.Security;

/// <summary>Hostile values in every field of every form of the route inventory, as each role: no server error.</summary>
public sealed class FormFuzzTests(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task No_hostile_value_in_any_field_of_any_form_answers_a_server_error_for_any_role()
    {
        var forms = await PortalForms.OpenAllAsync(portal);
        var others = new List<(PortalClient Client, string Token)>();
        foreach (var role in Fuzz.Roles)
        {
            var other = await portal.LoginAsync(role + "@demo.local");
            others.Add((other, await other.TokenAsync()));
        }

        var failures = new List<string>(forms.Unopened);
        var sent = 0;
        foreach (var (action, url, client, form) in forms.Opened)
        {
            var target = form.GetAttribute("action") ?? url;
            var filled = forms.Filled(action, form);
            foreach (var field in filled.Select(f => f.Key).Distinct().Where(k => k != MetodPortal.Web.Infrastructure.OneSubmission.Field))
            {
                foreach (var value in Fuzz.Hostile)
                {
                    var fields = filled.Select(f => f.Key == field ? new KeyValuePair<string, string>(f.Key, value) : f);
                    sent++;
                    var response = await PostAsync(client, form, target, fields);
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"POST {target} {field}={Fuzz.Shown(value)} → {(int)response.StatusCode}");
                    }
                }
            }

            // Every other role posts the form with every field hostile at once.
            foreach (var ((other, token), value) in others.SelectMany(o => Fuzz.Hostile.Select(v => (o, v))))
            {
                sent++;
                var response = await other.Http.PostAsync(target, new FormUrlEncodedContent(
                    filled.Select(f => new KeyValuePair<string, string>(f.Key, value)).Append(new("__RequestVerificationToken", token))));
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"POST {target} (another role, all fields {Fuzz.Shown(value)}) → {(int)response.StatusCode}");
                }
            }
        }

        output.WriteLine($"{sent} hostile posts to {forms.Opened.Count} forms; {failures.Count} server errors");
        Assert.True(forms.Opened.Count > 30 && sent > 3000, $"only {forms.Opened.Count} forms and {sent} posts");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(60)));
        foreach (var (other, _) in others)
        {
            other.Dispose();
        }
    }

    /// <summary>Posts with the form's own token, as the browser that opened it would (the form's one-time key included).</summary>
    private static Task<HttpResponseMessage> PostAsync(PortalClient client, AngleSharp.Dom.IElement form, string target,
        IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        return client.Http.PostAsync(target, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }
}
