using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Routes;

public sealed class ListSearchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/diagnostics", "#diagnostics-table")]
    [InlineData("/routes", "#routes-table")]
    public async Task TheListsFindAnEducatorByFullName(string list, string table)
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");

        var rows = (await methodist.GetPageAsync($"{list}?q=Орлова Екатерина")).QuerySelectorAll($"{table} tbody tr");

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("Орлова Екатерина Дмитриевна", r.TextContent, StringComparison.Ordinal));
    }
}
