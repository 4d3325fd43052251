using MetodPortal.Web.Areas.Practices.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Practices.UseCases;

public sealed class RemovePracticeCriterionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_criterion_stays_while_a_practice_is_under_expertise_and_goes_after()
    {
        await using var db = factory.Db();
        var criterion = await db.PracticeCriteria.OrderBy(c => c.SortOrder).Select(c => c.Id).FirstAsync();
        await using (var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.Cnppm)))
        {
            var refused = Assert.IsType<Outcome.Refusal>(await scope.Get<RemovePracticeCriterion>().HandleAsync(criterion, default));
            Assert.Equal("Идёт экспертиза практик: критерии меняются, когда она завершена.", refused.Reason);
        }

        await db.Practices.Where(p => p.Status == Domain.Practices.PracticeStatus.UnderExpertise)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, Domain.Practices.PracticeStatus.Returned));
        await using var again = factory.As(await factory.PrincipalAsync(PracticeArrange.Cnppm));
        Assert.IsType<Outcome.Success>(await again.Get<RemovePracticeCriterion>().HandleAsync(criterion, default));
        Assert.False(await db.PracticeCriteria.AnyAsync(c => c.Id == criterion));
    }
}
