using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Monitoring.UseCases;

public sealed class AcceptFormTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_sent_form_is_accepted_and_a_draft_is_refused()
    {
        var sent = await FormArrange.FormAsync(factory, 2056, FormStatus.Submitted);
        var draft = await FormArrange.FormAsync(factory, 2057, FormStatus.Draft);
        await using var db = factory.Db();
        var accept = new AcceptForm(db, FormArrange.Clock);

        Assert.Equal(Outcome.Done("Форма принята."), await accept.HandleAsync(sent, null, FormArrange.Coordinator, default));
        Assert.Equal(Outcome.Refused("Принять можно только отправленную форму."), await accept.HandleAsync(draft, null, FormArrange.Coordinator, default));

        Assert.Equal((FormStatus.Accepted, FormStatus.Draft), ((await factory.FormAsync(sent)).Status, (await factory.FormAsync(draft)).Status));
    }
}
