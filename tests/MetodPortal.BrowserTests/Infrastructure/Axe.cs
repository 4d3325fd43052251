using MetodPortal.Testing;
using Microsoft.Playwright;

namespace MetodPortal.BrowserTests.Infrastructure;

/// <summary>
/// axe-core (npm, read from node_modules and never served by the portal) run on the page as it stands: the WCAG 2.1 A and AA rules, and
/// the serious and critical violations with their elements. Evaluated through the DevTools protocol, so the portal's CSP needs no exception.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() => File.ReadAllText(Path.Combine(Repository.Root, "node_modules", "axe-core", "axe.min.js")));

    private const string Run = """
        async () => {
            const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
            return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id} (${v.help}): `
                    + v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + (n.failureSummary ?? '')).join(' | '));
        }
        """;

    /// <summary>The serious and critical violations on the page, one line each; none on an accessible page.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        return await page.EvaluateAsync<string[]>(Run);
    }

    public static async Task AssertAccessibleAsync(IPage page, string name)
    {
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{name} ({page.Url}):\n" + string.Join("\n", violations));
    }
}
