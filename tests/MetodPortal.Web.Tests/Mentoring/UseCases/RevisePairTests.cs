using MetodPortal.Domain.Mentoring;
using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Mentoring.UseCases;

public sealed class RevisePairTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_active_pair_gets_its_new_focus_and_the_programme_is_next()
    {
        var program = await MentoringArrange.ProgramAsync(factory);
        var pair = await MentoringArrange.PairAsync(factory, program, 4);
        var form = PairForm.From(pair);
        form.CompetenceFocus = "оценивание";
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("Изменения пары сохранены.", program.Id),
            await new RevisePair(db, new PairValidator(db)).HandleAsync(pair.Id, form, default));
        Assert.Equal("оценивание", (await MentoringArrange.ReloadAsync(factory, pair.Id))!.CompetenceFocus);
    }

    [Fact]
    public async Task A_closed_pair_is_refused_and_stays()
    {
        var program = await MentoringArrange.ProgramAsync(factory);
        var pair = await MentoringArrange.PairAsync(factory, program, 5);
        await using (var arrange = factory.Db())
        {
            arrange.Attach(pair);
            (pair.Status, pair.ClosedOn, pair.Result) = (PairStatus.Completed, new DateOnly(2026, 11, 1), "готово");
            await arrange.SaveChangesAsync();
        }

        var form = PairForm.From(pair);
        form.CompetenceFocus = "поздно";
        await using var db = factory.Db();

        Assert.Equal(Outcome.Refused("Закрытая пара не изменяется."), await new RevisePair(db, new PairValidator(db)).HandleAsync(pair.Id, form, default));
        Assert.Equal("урок", (await MentoringArrange.ReloadAsync(factory, pair.Id))!.CompetenceFocus);
    }
}
