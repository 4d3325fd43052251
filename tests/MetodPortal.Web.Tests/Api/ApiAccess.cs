using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MetodPortal.Web.Tests.Api;

/// <summary>Tokens made as a user makes them (on /account/tokens, signed in), and clients that send nothing but the token.</summary>
public static class ApiAccess
{
    public static async Task<string> CreateTokenAsync(this PortalFactory portal, string email, bool personalData = true, string name = "Тестовая система")
    {
        using var user = await portal.LoginAsync(email);
        return await user.CreateTokenAsync(personalData, name);
    }

    public static async Task<string> CreateTokenAsync(this PortalClient user, bool personalData = true, string name = "Тестовая система")
    {
        var expires = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var response = await user.PostAsync("/account/tokens",
            [new("Name", name), new("ExpiresOn", expires), new("MayReadPersonalData", personalData ? "true" : "false")], "/account/tokens");
        // Made: the list shows the secret once, on the page the form leads to.
        var html = response.StatusCode == System.Net.HttpStatusCode.Redirect
            ? await user.Http.GetStringAsync("/account/tokens")
            : await response.Content.ReadAsStringAsync();
        var page = await PortalClient.ParseAsync(html);
        return page.QuerySelector("#new-token-secret")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"no token made: {(int)response.StatusCode} {page.QuerySelector("#validation-summary")?.TextContent}");
    }

    /// <summary>A client without cookies, sending <paramref name="token"/> (or nothing) in the Authorization header.</summary>
    public static HttpClient Client(this PortalFactory portal, string? token)
    {
        var http = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }

    public static async Task<JsonElement> JsonAsync(this HttpClient http, string url)
    {
        var response = await http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Every item of a list, following its <c>next</c> links.</summary>
    public static async Task<List<JsonElement>> AllAsync(this HttpClient http, string url)
    {
        var items = new List<JsonElement>();
        for (string? next = url; next is not null;)
        {
            var page = await http.JsonAsync(next);
            items.AddRange(page.GetProperty("items").EnumerateArray());
            next = page.GetProperty("next").GetString();
        }

        return items;
    }
}
