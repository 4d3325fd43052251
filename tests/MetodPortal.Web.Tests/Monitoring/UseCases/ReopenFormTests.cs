using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Monitoring.UseCases;

public sealed class ReopenFormTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_accepted_form_is_reopened_with_the_reason_and_a_sent_one_is_refused()
    {
        var accepted = await FormArrange.FormAsync(factory, 2059, FormStatus.Accepted);
        var sent = await FormArrange.FormAsync(factory, 2060, FormStatus.Submitted);
        await using var db = factory.Db();
        var reopen = new ReopenForm(db, new ReopenFormInputValidator(), FormArrange.Clock);

        Assert.Equal(Outcome.Done("Форма открыта заново: организация может её исправить и отправить."),
            await reopen.HandleAsync(accepted, new ReopenFormInput { Comment = "Найдена ошибка" }, null, FormArrange.Coordinator, default));
        Assert.Equal(Outcome.Refused("Открыть заново можно только принятую форму."),
            await reopen.HandleAsync(sent, new ReopenFormInput { Comment = "Найдена ошибка" }, null, FormArrange.Coordinator, default));

        Assert.Equal(FormStatus.Returned, (await factory.FormAsync(accepted)).Status);
    }
}
