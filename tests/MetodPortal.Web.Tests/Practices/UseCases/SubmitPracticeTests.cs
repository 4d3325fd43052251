using MetodPortal.Domain.Practices;
using MetodPortal.Web.Areas.Practices.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Practices.UseCases;

public sealed class SubmitPracticeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_school_submits_its_draft_once()
    {
        var id = await PracticeArrange.DraftAsync(factory);
        await using var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.School));

        var done = Assert.IsType<Outcome.Success>(await scope.Get<SubmitPractice>().HandleAsync(id, default));
        var again = Assert.IsType<Outcome.Refusal>(await scope.Get<SubmitPractice>().HandleAsync(id, default));

        Assert.StartsWith("Практика подана на экспертизу.", done.Message, StringComparison.Ordinal);
        Assert.Equal("Практика уже подана.", again.Reason);
        var practice = await PracticeArrange.LoadAsync(factory, id);
        Assert.Equal(PracticeStatus.Submitted, practice.Status);
        Assert.NotNull(practice.SubmittedOn);
    }

    [Fact]
    public async Task The_municipal_methodist_submits_a_draft_of_their_municipality_and_a_teacher_may_not()
    {
        var id = await PracticeArrange.DraftAsync(factory);
        await using (var teacher = factory.As(await factory.PrincipalAsync("teacher@demo.local")))
        {
            Assert.IsType<Outcome.Missing>(await teacher.Get<SubmitPractice>().HandleAsync(id, default));
        }

        await using var methodist = factory.As(await factory.PrincipalAsync("methodist@demo.local"));
        Assert.IsType<Outcome.Success>(await methodist.Get<SubmitPractice>().HandleAsync(id, default));
        Assert.Equal(PracticeStatus.Submitted, (await PracticeArrange.LoadAsync(factory, id)).Status);
    }
}
