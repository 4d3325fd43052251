using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Monitoring.UseCases;

public sealed class SubmitFormTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static SubmitForm UseCase(Data.PortalDbContext db) => new(db, new FormInputValidator(), FormArrange.Clock);

    [Fact]
    public async Task Values_differing_from_the_registry_need_the_comment_beside_its_field_and_then_are_sent()
    {
        var id = await FormArrange.FormAsync(factory, 2054);
        var registry = await factory.RegistryOfAsync(id);
        var differing = registry with { Educators = registry.Educators + 2 };
        await using var db = factory.Db();

        var noComment = Assert.IsType<Outcome.Invalidity>(await UseCase(db).HandleAsync(id, FormInput.From(differing, null), FormArrange.School, default));
        Assert.Equal(nameof(FormInput.DiscrepancyComment), Assert.Single(noComment.Errors.Errors).PropertyName);
        Assert.Equal(FormStatus.NotStarted, (await factory.FormAsync(id)).Status);

        await using var again = factory.Db();
        Assert.Equal(Outcome.Done("Форма отправлена координатору."),
            await UseCase(again).HandleAsync(id, FormInput.From(differing, "Совместители"), FormArrange.School, default));
        var sent = await factory.FormAsync(id);
        Assert.Equal((FormStatus.Submitted, false, differing.Educators), (sent.Status, sent.IsLate, sent.Declared.Educators));
    }

    [Fact]
    public async Task A_form_sent_after_the_deadline_is_marked_late()
    {
        var id = await FormArrange.FormAsync(factory, 2055, deadline: new DateTimeOffset(2026, 1, 20, 8, 0, 0, TimeSpan.Zero));
        var registry = await factory.RegistryOfAsync(id);
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("Форма отправлена после срока сдачи: она отмечена как поданная с опозданием."),
            await UseCase(db).HandleAsync(id, FormInput.From(registry, null), FormArrange.School, default));
        Assert.Equal("Отправлена после срока", (await factory.FormAsync(id)).History.Single().Action);
    }
}
