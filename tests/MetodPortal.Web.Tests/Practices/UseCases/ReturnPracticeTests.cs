using MetodPortal.Domain.Practices;
using MetodPortal.Web.Areas.Practices.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Practices.UseCases;

public sealed class ReturnPracticeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_returned_practice_carries_its_reasons_is_reworked_and_goes_to_a_new_round()
    {
        var (id, experts) = await PracticeArrange.UnderExpertiseAsync(factory);
        await using (var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.Cnppm)))
        {
            var blank = Assert.IsType<Outcome.Refusal>(await scope.Get<ReturnPractice>().HandleAsync(id, " ", default));
            Assert.Equal("Укажите, что нужно доработать.", blank.Reason);
            Assert.IsType<Outcome.Success>(await scope.Get<ReturnPractice>().HandleAsync(id, "Приложите результаты.", default));
        }

        var returned = await PracticeArrange.LoadAsync(factory, id);
        Assert.Equal((PracticeStatus.Returned, "Приложите результаты."), (returned.Status, returned.ReturnReason));

        await using (var school = factory.As(await factory.PrincipalAsync(PracticeArrange.School)))
        {
            Assert.IsType<Outcome.Success>(await school.Get<RevisePractice>().HandleAsync(id, await PracticeArrange.FormAsync(factory, title: "Доработано"),
                default));
            Assert.IsType<Outcome.Success>(await school.Get<SubmitPractice>().HandleAsync(id, default));
        }

        await using (var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.Cnppm)))
        {
            Assert.IsType<Outcome.Success>(await scope.Get<StartExpertise>().HandleAsync(id, [.. experts.Select(e => e.Id)], default));
        }

        var again = await PracticeArrange.LoadAsync(factory, id);
        Assert.Equal((PracticeStatus.UnderExpertise, 2, null), (again.Status, again.Round, again.ReturnReason));
        Assert.Equal([1, 1, 2, 2], again.Reviews.Select(r => r.Round).Order());
    }

    [Fact]
    public async Task A_draft_is_not_returned()
    {
        var id = await PracticeArrange.DraftAsync(factory);
        await using var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.Cnppm));

        Assert.IsType<Outcome.Refusal>(await scope.Get<ReturnPractice>().HandleAsync(id, "Причина", default));
        Assert.Equal(PracticeStatus.Draft, (await PracticeArrange.LoadAsync(factory, id)).Status);
    }
}
