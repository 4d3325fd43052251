using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MetodPortal.Web.Tests.Infrastructure;

/// <summary>An HTTP client that behaves like a browser's form posts: it reads the antiforgery token from a page first.</summary>
public sealed class PortalClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public async Task<IDocument> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    public static async Task<IDocument> ParseAsync(string html) => await Parser.ParseDocumentAsync(html);

    /// <summary>What a browser would post from <paramref name="form"/> as it stands (without the token, added by <see cref="PostAsync(string,
    /// IEnumerable{KeyValuePair{string, string}}, string?)"/>).</summary>
    public static List<KeyValuePair<string, string>> FieldsOf(IElement form) =>
    [
        .. form.QuerySelectorAll("input[name], select[name], textarea[name]")
            .Where(e => e.GetAttribute("name") != "__RequestVerificationToken"
                && (e.GetAttribute("type") is not ("checkbox" or "radio") || e.HasAttribute("checked")))
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e.LocalName switch
            {
                "select" => (e.QuerySelector("option[selected]") ?? e.QuerySelector("option"))?.GetAttribute("value") ?? "",
                "textarea" => e.TextContent,
                _ => e.GetAttribute("value") ?? (e.GetAttribute("type") == "checkbox" ? "on" : ""),
            })),
    ];

    /// <summary>The fields of <paramref name="form"/> with some set to other values (or added, like the button pressed).</summary>
    public static List<KeyValuePair<string, string>> FieldsOf(IElement form, params (string Name, string Value)[] changes) =>
    [
        .. FieldsOf(form).Where(f => changes.All(c => c.Name != f.Key)),
        .. changes.Select(c => new KeyValuePair<string, string>(c.Name, c.Value)),
    ];

    /// <summary>The token from <paramref name="pageUrl"/> (every signed-in page has one in its logout form).</summary>
    public async Task<string> TokenAsync(string pageUrl = "/")
    {
        var page = await Http.GetStringAsync(pageUrl);
        var input = (await Parser.ParseDocumentAsync(page)).QuerySelector("input[name=__RequestVerificationToken]");
        return input?.GetAttribute("value") ?? throw new InvalidOperationException($"no antiforgery token on {pageUrl}");
    }

    public async Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string? tokenPage = null)
    {
        var token = await TokenAsync(tokenPage ?? "/");
        return await Http.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    public Task<HttpResponseMessage> PostAsync(string url, params (string Name, string Value)[] fields) =>
        PostAsync(url, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    public Task<HttpResponseMessage> LoginAsync(string email, string password) =>
        PostAsync("/Account/Login", [new("Email", email), new("Password", password)], "/Account/Login");

    public void Dispose() => Http.Dispose();
}
