using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Monitoring.UseCases;

public sealed class SaveFormDraftTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static SaveFormDraft UseCase(Data.PortalDbContext db) => new(db, new FormInputValidator(), FormArrange.Clock);

    [Fact]
    public async Task The_values_are_saved_as_a_draft_and_the_step_is_in_the_history()
    {
        var id = await FormArrange.FormAsync(factory, 2051);
        var registry = await factory.RegistryOfAsync(id);
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("Черновик сохранён."), await UseCase(db).HandleAsync(id, FormInput.From(registry, " "), FormArrange.School, default));

        var form = await factory.FormAsync(id);
        Assert.Equal((FormStatus.Draft, registry, (string?)null), (form.Status, form.Declared, form.DiscrepancyComment));
        Assert.Equal(("Сохранён черновик", "school@demo.local"), (form.History.Single().Action, form.History.Single().UserName));
    }

    [Fact]
    public async Task A_part_above_its_whole_is_invalid_and_a_sent_form_is_refused()
    {
        var draft = await FormArrange.FormAsync(factory, 2052);
        var sent = await FormArrange.FormAsync(factory, 2053, FormStatus.Submitted);
        var registry = await factory.RegistryOfAsync(draft);
        await using var db = factory.Db();

        Assert.IsType<Outcome.Invalidity>(await UseCase(db).HandleAsync(draft,
            FormInput.From(registry with { Diagnosed = registry.Educators + 1 }, null), FormArrange.School, default));
        Assert.Equal(Outcome.Refused("Форма в статусе «отправлена» не редактируется."),
            await UseCase(db).HandleAsync(sent, FormInput.From(registry, null), FormArrange.School, default));

        Assert.Equal(FormStatus.NotStarted, (await factory.FormAsync(draft)).Status);
    }
}
