using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Mentoring.UseCases;

public sealed class DeletePairTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_pair_is_deleted_and_its_programme_is_next()
    {
        var program = await MentoringArrange.ProgramAsync(factory);
        var pair = await MentoringArrange.PairAsync(factory, program, 8);
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("Наставническая пара удалена.", program.Id), await new DeletePair(db).HandleAsync(pair.Id, default));
        Assert.Null(await MentoringArrange.ReloadAsync(factory, pair.Id));
        Assert.Equal(Outcome.NotFound, await new DeletePair(db).HandleAsync(pair.Id, default));
    }
}
