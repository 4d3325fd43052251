using System.Net;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Shell;

public sealed class HealthTests
{
    [Fact]
    public async Task HealthIs200WhileTheDatabaseAnswersAnd503WhenItIsGone()
    {
        await using var factory = new PortalFactory();
        await factory.InitializeAsync();
        using var client = factory.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        // The database disappears under the running portal.
        await PostgresServer.Shared.DropDatabaseAsync(factory.ConnectionString);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
    }
}
