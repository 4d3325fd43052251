using MetodPortal.Domain.Practices;
using MetodPortal.Web.Areas.Practices.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Practices.UseCases;

public sealed class PublishPracticeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_practice_is_published_only_when_both_experts_have_written()
    {
        var (id, _) = await PracticeArrange.UnderExpertiseAsync(factory);
        await using (var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.Cnppm)))
        {
            var early = Assert.IsType<Outcome.Refusal>(await scope.Get<PublishPractice>().HandleAsync(id, default));
            Assert.Equal("Экспертиза не завершена: дождитесь заключений обоих экспертов.", early.Reason);
        }

        await PracticeArrange.WriteAllReviewsAsync(factory, id);
        await using var again = factory.As(await factory.PrincipalAsync(PracticeArrange.Cnppm));
        Assert.IsType<Outcome.Success>(await again.Get<PublishPractice>().HandleAsync(id, default));

        var practice = await PracticeArrange.LoadAsync(factory, id);
        Assert.Equal(PracticeStatus.Published, practice.Status);
        Assert.NotNull(practice.PublishedOn);
    }

    [Fact]
    public async Task A_published_practice_is_read_in_another_municipality_and_a_draft_is_not()
    {
        var (id, _) = await PracticeArrange.UnderExpertiseAsync(factory);
        var draft = await PracticeArrange.DraftAsync(factory);
        await PracticeArrange.WriteAllReviewsAsync(factory, id);
        await using (var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.Cnppm)))
        {
            Assert.IsType<Outcome.Success>(await scope.Get<PublishPractice>().HandleAsync(id, default));
        }

        using var kms = await factory.LoginAsync("school2@demo.local");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await kms.GetAsync($"/practices/{id}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await kms.GetAsync($"/practices/{draft}")).StatusCode);
    }
}
