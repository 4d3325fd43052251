using MetodPortal.Web.Areas.Notifications.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Notifications.UseCases;

public sealed class ReadAllNoticesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task All_the_users_notices_are_read_and_nobody_elses()
    {
        var mine = new[]
        {
            await NoticeArrange.NoticeAsync(factory, "coordinator@demo.local"), await NoticeArrange.NoticeAsync(factory, "coordinator@demo.local"),
        };
        var theirs = await NoticeArrange.NoticeAsync(factory, "school@demo.local");
        await using var scope = factory.As(await factory.PrincipalAsync("coordinator@demo.local"));

        Assert.IsType<Outcome.Success>(await scope.Get<ReadAllNotices>().HandleAsync(default));
        Assert.Equal(Outcome.Done("Непрочитанных уведомлений нет."), await scope.Get<ReadAllNotices>().HandleAsync(default));

        foreach (var id in mine)
        {
            Assert.NotNull((await NoticeArrange.ReloadAsync(factory, id)).ReadAt);
        }

        Assert.Null((await NoticeArrange.ReloadAsync(factory, theirs)).ReadAt);
    }
}
