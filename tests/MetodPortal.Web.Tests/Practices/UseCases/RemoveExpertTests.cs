using MetodPortal.Web.Areas.Practices.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Practices.UseCases;

public sealed class RemoveExpertTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_entry_without_expertises_goes_and_one_with_reviews_stays()
    {
        var form = await RegisterExpertTests.FormAsync(factory);
        await using var db = factory.Db();
        var reviewer = await db.PracticeReviews.Where(r => r.WrittenOn != null).Select(r => r.ExpertId).FirstAsync();
        await using var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.Cnppm));
        var added = Assert.IsType<Outcome.Success>(await scope.Get<RegisterExpert>().HandleAsync(form, default)).Id!.Value;

        Assert.IsType<Outcome.Success>(await scope.Get<RemoveExpert>().HandleAsync(added, default));
        var refused = Assert.IsType<Outcome.Refusal>(await scope.Get<RemoveExpert>().HandleAsync(reviewer, default));

        Assert.StartsWith("У эксперта есть экспертизы", refused.Reason, StringComparison.Ordinal);
        Assert.False(await db.Experts.AnyAsync(e => e.Id == added));
        Assert.True(await db.Experts.AnyAsync(e => e.Id == reviewer));
    }
}
