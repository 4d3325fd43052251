using MetodPortal.Data;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MetodPortal.Web.Tests.Shell;

public sealed class PortalDataTests
{
    [Fact]
    public async Task ThePortalsConnectionsRunWithoutJitCompilation()
    {
        await using var factory = new PortalFactory();
        await factory.InitializeAsync();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        var jit = await db.Database.SqlQuery<string>($"SELECT current_setting('jit') AS \"Value\"").SingleAsync();

        Assert.Equal("off", jit);
    }

    [Fact]
    public void OptionsAlreadyInTheConnectionStringAreKept()
    {
        var options = new Npgsql.NpgsqlConnectionStringBuilder(PortalData.WithoutJit("Host=db;Options=-c statement_timeout=5s")).Options;

        Assert.Equal("-c statement_timeout=5s -c jit=off", options);
    }
}
