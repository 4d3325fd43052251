using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// The context read-only work of a request reads through: on the standby when <see cref="StandbyReads"/> allows it, with the same user's
/// scope and query filters as the request's own context; else that context itself. Nothing is ever saved through it.
/// </summary>
public sealed class ReadOnlyDb(PortalDbContext primary, StandbyReads standby, ICurrentUserSource user, TimeProvider clock) : IAsyncDisposable
{
    private PortalDbContext? _standby;

    public async Task<PortalDbContext> ContextAsync(CancellationToken ct)
    {
        if (_standby is not null)
        {
            return _standby;
        }

        if (await standby.ConnectionAsync(ct) is not { } connectionString)
        {
            return primary;
        }

        var options = new DbContextOptionsBuilder<PortalDbContext>();
        PortalData.Configure(options, connectionString, clock);
        return _standby = new PortalDbContext(options.Options, user);
    }

    public ValueTask DisposeAsync() => _standby?.DisposeAsync() ?? ValueTask.CompletedTask;
}
