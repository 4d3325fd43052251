using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Mentoring.UseCases;

public sealed class DeleteMentoringProgramTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_programme_without_pairs_is_deleted_and_one_with_pairs_is_refused()
    {
        var empty = await MentoringArrange.ProgramAsync(factory);
        var used = await MentoringArrange.ProgramAsync(factory);
        await MentoringArrange.PairAsync(factory, used, 1);
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("Программа «Вместе» удалена."), await new DeleteMentoringProgram(db).HandleAsync(empty.Id, default));
        Assert.Equal(Outcome.Refused(DeleteMentoringProgram.HasPairs(1)), await new DeleteMentoringProgram(db).HandleAsync(used.Id, default));

        Assert.False(await db.MentoringPrograms.AnyAsync(p => p.Id == empty.Id));
        Assert.True(await db.MentoringPrograms.AnyAsync(p => p.Id == used.Id));
    }
}
