using MetodPortal.Domain.Practices;
using MetodPortal.Web.Areas.Practices.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Practices.UseCases;

public sealed class RevisePracticeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_draft_is_corrected_but_a_submitted_practice_is_not()
    {
        var id = await PracticeArrange.DraftAsync(factory);
        var form = await PracticeArrange.FormAsync(factory, title: "Исправленное название");
        await using (var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.School)))
        {
            Assert.IsType<Outcome.Success>(await scope.Get<RevisePractice>().HandleAsync(id, form, default));
            Assert.IsType<Outcome.Success>(await scope.Get<SubmitPractice>().HandleAsync(id, default));
        }

        form.Title = "После подачи";
        await using var again = factory.As(await factory.PrincipalAsync(PracticeArrange.School));
        var refused = Assert.IsType<Outcome.Refusal>(await again.Get<RevisePractice>().HandleAsync(id, form, default));

        Assert.StartsWith("Практика подана:", refused.Reason, StringComparison.Ordinal);
        var practice = await PracticeArrange.LoadAsync(factory, id);
        Assert.Equal(("Исправленное название", PracticeStatus.Submitted), (practice.Title, practice.Status));
    }

    [Fact]
    public async Task Another_municipalitys_school_does_not_find_the_draft()
    {
        var id = await PracticeArrange.DraftAsync(factory);
        var form = await PracticeArrange.FormAsync(factory, title: "Чужая правка");
        await using var scope = factory.As(await factory.PrincipalAsync("school2@demo.local"));

        Assert.IsType<Outcome.Missing>(await scope.Get<RevisePractice>().HandleAsync(id, form, default));
    }
}
