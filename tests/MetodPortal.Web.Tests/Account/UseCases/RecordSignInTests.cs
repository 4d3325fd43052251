using MetodPortal.Domain.Audit;
using MetodPortal.Web.Areas.Account.UseCases;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Account.UseCases;

public sealed class RecordSignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_failed_sign_in_with_an_unknown_address_is_audited_as_typed_and_cut()
    {
        var typed = new string('а', 300) + "@example.org";
        await using var db = factory.Db();

        await new RecordSignIn(db, TimeProvider.System).HandleAsync(null, typed, AuditAction.LoginFailed, default);

        var entry = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).FirstAsync(a => a.Action == AuditAction.LoginFailed);
        Assert.Equal((256, (int?)null, "AppUser"), (entry.UserName!.Length, entry.UserId, entry.EntityType));
    }
}
