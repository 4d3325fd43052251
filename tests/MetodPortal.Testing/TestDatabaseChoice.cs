using DotNet.Testcontainers.Builders;

namespace MetodPortal.Testing;

/// <summary>Which PostgreSQL the tests run on, and why: printed once per test run.</summary>
public enum TestDatabaseKind
{
    /// <summary>A server named by METODPORTAL_TEST_PG.</summary>
    External,

    /// <summary>A PostgreSQL 15 container (Testcontainers), where a Docker engine answers.</summary>
    Container,

    /// <summary>A throwaway cluster of the machine's PostgreSQL 15, where no Docker engine answers (this machine, CI here).</summary>
    Cluster,
}

public static class TestDatabaseChoice
{
    /// <summary>
    /// A named server first; else a container, if <paramref name="startContainer"/> finds a Docker engine; else the
    /// throwaway cluster. Only a missing engine falls back — any other failure of a container is a failure.
    /// </summary>
    public static async Task<(TestDatabaseKind Kind, string Why)> ChooseAsync(string? externalConnectionString, Func<Task> startContainer)
    {
        if (!string.IsNullOrWhiteSpace(externalConnectionString))
        {
            return (TestDatabaseKind.External, "METODPORTAL_TEST_PG names a server");
        }

        try
        {
            await startContainer();
            return (TestDatabaseKind.Container, "a Docker engine answered");
        }
        catch (DockerUnavailableException e)
        {
            return (TestDatabaseKind.Cluster, $"no Docker engine ({e.Message.Split('\n')[0].Trim()})");
        }
    }
}
