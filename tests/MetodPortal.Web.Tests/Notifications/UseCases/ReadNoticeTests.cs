using MetodPortal.Web.Areas.Notifications.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Notifications.UseCases;

public sealed class ReadNoticeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_owner_reads_a_notice_and_gets_its_page_and_another_user_does_not_find_it()
    {
        var id = await NoticeArrange.NoticeAsync(factory, "school@demo.local", "/monitoring/forms/1");
        await using (var other = factory.As(await factory.PrincipalAsync("school2@demo.local")))
        {
            Assert.Equal(Outcome.NotFound, await other.Get<ReadNotice>().HandleAsync(id, default));
        }

        Assert.Null((await NoticeArrange.ReloadAsync(factory, id)).ReadAt);
        await using var owner = factory.As(await factory.PrincipalAsync("school@demo.local"));
        Assert.Equal(Outcome.Done("/monitoring/forms/1"), await owner.Get<ReadNotice>().HandleAsync(id, default));
        Assert.NotNull((await NoticeArrange.ReloadAsync(factory, id)).ReadAt);
    }
}
