using MetodPortal.Web.Areas.Practices.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Practices.UseCases;

public sealed class AddPracticeCriterionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_region_adds_a_criterion_at_the_end_and_a_bad_maximum_is_refused()
    {
        await using var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.Cnppm));

        Assert.IsType<Outcome.Success>(await scope.Get<AddPracticeCriterion>().HandleAsync(" Доступность для сельских школ ", 3, default));
        var refused = Assert.IsType<Outcome.Refusal>(await scope.Get<AddPracticeCriterion>().HandleAsync("Лишний", 0, default));

        Assert.Equal("Максимальный балл — от 1 до 100.", refused.Reason);
        await using var db = factory.Db();
        var last = await db.PracticeCriteria.OrderByDescending(c => c.SortOrder).FirstAsync();
        Assert.Equal(("Доступность для сельских школ", 3), (last.Name, last.MaxScore));
        Assert.False(await db.PracticeCriteria.AnyAsync(c => c.Name == "Лишний"));
    }

    [Fact]
    public async Task A_round_under_way_is_scored_on_the_list_it_began_with_and_the_next_one_on_the_new_list()
    {
        var (id, _) = await PracticeArrange.UnderExpertiseAsync(factory);
        var review = (await PracticeArrange.LoadAsync(factory, id)).Reviews[0];
        var form = await PracticeArrange.ReviewAsync(factory);
        await using var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.Cnppm));

        Assert.IsType<Outcome.Success>(await scope.Get<AddPracticeCriterion>().HandleAsync("Экономичность", 2, default));
        Assert.IsType<Outcome.Success>(await scope.Get<WriteReview>().HandleAsync(id, review.Id, form, default));

        var (next, _) = await PracticeArrange.UnderExpertiseAsync(factory);
        Assert.Equal(form.Scores.Count, (await PracticeArrange.LoadAsync(factory, id)).Reviews.Single(r => r.Id == review.Id).Scores.Count);
        Assert.All((await PracticeArrange.LoadAsync(factory, next)).Reviews, r => Assert.Equal(form.Scores.Count + 1, r.CriterionIds.Count));
    }
}
