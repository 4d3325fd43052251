using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Monitoring.UseCases;

public sealed class ReturnFormTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_sent_form_goes_back_with_the_comment_and_without_one_it_is_invalid()
    {
        var id = await FormArrange.FormAsync(factory, 2058, FormStatus.Submitted);
        await using var db = factory.Db();
        var returnForm = new ReturnForm(db, new ReturnFormInputValidator(), FormArrange.Clock);

        Assert.IsType<Outcome.Invalidity>(await returnForm.HandleAsync(id, new ReturnFormInput { Comment = " " }, null, FormArrange.Coordinator, default));
        Assert.Equal(Outcome.Done("Форма возвращена организации с комментарием."),
            await returnForm.HandleAsync(id, new ReturnFormInput { Comment = " Уточните число молодых " }, null, FormArrange.Coordinator, default));

        var form = await factory.FormAsync(id);
        Assert.Equal((FormStatus.Returned, "Уточните число молодых"), (form.Status, form.ReviewComment));
        Assert.Equal(("Возвращена на доработку", "Уточните число молодых"), (form.History.Single().Action, form.History.Single().Comment));
    }
}
