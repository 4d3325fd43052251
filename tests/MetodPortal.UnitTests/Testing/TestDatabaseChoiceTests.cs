using DotNet.Testcontainers.Builders;
using MetodPortal.Testing;
using Testcontainers.PostgreSql;

namespace MetodPortal.UnitTests.Testing;

/// <summary>The tests' PostgreSQL: a named server, else a container where Docker answers, else the throwaway cluster.</summary>
public sealed class TestDatabaseChoiceTests
{
    [Fact]
    public async Task A_named_server_wins_and_no_container_is_tried()
    {
        var tried = false;
        var (kind, _) = await TestDatabaseChoice.ChooseAsync("Host=db;Username=u", () => { tried = true; return Task.CompletedTask; });
        Assert.Equal(TestDatabaseKind.External, kind);
        Assert.False(tried);
    }

    [Fact]
    public async Task A_container_is_used_where_it_starts()
    {
        var (kind, _) = await TestDatabaseChoice.ChooseAsync(null, () => Task.CompletedTask);
        Assert.Equal(TestDatabaseKind.Container, kind);
    }

    [Fact]
    public async Task Without_a_Docker_engine_the_tests_fall_back_to_the_cluster_and_say_why()
    {
        var (kind, why) = await TestDatabaseChoice.ChooseAsync(null,
            () => throw new DockerUnavailableException("Docker is either not running or misconfigured."));
        Assert.Equal(TestDatabaseKind.Cluster, kind);
        Assert.Contains("no Docker engine", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_other_failure_of_a_container_is_not_hidden_by_the_fallback() =>
        await Assert.ThrowsAsync<InvalidOperationException>(() => TestDatabaseChoice.ChooseAsync(null,
            () => throw new InvalidOperationException("image not found")));

    [Fact]
    public async Task The_real_builder_either_starts_a_container_or_reports_the_missing_engine_the_fallback_catches()
    {
        // Here (no Docker engine) Testcontainers throws DockerUnavailableException, the one exception that falls back.
        var (kind, why) = await TestDatabaseChoice.ChooseAsync(null, async () =>
        {
            await using var container = new PostgreSqlBuilder("postgres:15").Build();
            await container.StartAsync();
        });
        Assert.True(kind == TestDatabaseKind.Container || why.StartsWith("no Docker engine", StringComparison.Ordinal), why);
    }
}
