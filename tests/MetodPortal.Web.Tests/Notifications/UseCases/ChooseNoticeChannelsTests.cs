using MetodPortal.Data.Notifications;
using MetodPortal.Web.Areas.Notifications.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Notifications.UseCases;

public sealed class ChooseNoticeChannelsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_defaults_are_deadlines_returns_and_what_needs_an_answer_and_a_choice_replaces_them_for_that_user_only()
    {
        await using var scope = factory.As(await factory.PrincipalAsync("methodist@demo.local"));
        var db = scope.Get<Data.PortalDbContext>();
        Assert.Equal([NoticeKind.CampaignOpened, NoticeKind.FormReturned, NoticeKind.FormReopened, NoticeKind.ItemReported, NoticeKind.ItemReturned,
                NoticeKind.FormDeadline, NoticeKind.FormOverdue, NoticeKind.ItemDue, NoticeKind.ItemOverdue, NoticeKind.UserLockedOut,
                NoticeKind.PracticeToReview, NoticeKind.PracticeReturned],
            (await NoticeChannelsForm.OfAsync(db, default)).ByEmail);

        Assert.Equal(Outcome.Done("Настройки уведомлений сохранены."),
            await scope.Get<ChooseNoticeChannels>().HandleAsync(new NoticeChannelsForm { ByEmail = [NoticeKind.RouteApproved] }, default));
        Assert.Equal(Outcome.Done("Настройки уведомлений сохранены."),
            await scope.Get<ChooseNoticeChannels>()
                .HandleAsync(new NoticeChannelsForm { ByEmail = [NoticeKind.RouteApproved, NoticeKind.FormAccepted] }, default));

        Assert.Equal([NoticeKind.FormAccepted, NoticeKind.RouteApproved], (await NoticeChannelsForm.OfAsync(db, default)).ByEmail);
        await using var other = factory.As(await factory.PrincipalAsync("school@demo.local"));
        Assert.Contains(NoticeKind.FormReturned, (await NoticeChannelsForm.OfAsync(other.Get<Data.PortalDbContext>(), default)).ByEmail);
    }
}
