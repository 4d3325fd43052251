using MetodPortal.Domain.Mentoring;
using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Mentoring.UseCases;

public sealed class ClosePairTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static ClosePair UseCase(Data.PortalDbContext db) => new(db, new ClosePairValidator(MentoringArrange.Clock));

    [Fact]
    public async Task An_active_pair_is_closed_with_its_result_and_a_second_close_is_refused()
    {
        var program = await MentoringArrange.ProgramAsync(factory);
        var pair = await MentoringArrange.PairAsync(factory, program, 6);
        var form = new ClosePairForm { Status = PairStatus.Completed, ClosedOn = new DateOnly(2026, 11, 15), Result = " Провёл открытый урок " };
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("Пара закрыта: завершена.", program.Id), await UseCase(db).HandleAsync(pair.Id, form, default));
        Assert.Equal(Outcome.Refused("Пара уже закрыта."), await UseCase(db).HandleAsync(pair.Id, form, default));

        var closed = (await MentoringArrange.ReloadAsync(factory, pair.Id))!;
        Assert.Equal((PairStatus.Completed, new DateOnly(2026, 11, 15), "Провёл открытый урок"), (closed.Status, closed.ClosedOn, closed.Result));
    }

    [Fact]
    public async Task A_close_before_the_pairs_start_is_refused_and_without_a_result_is_invalid()
    {
        var program = await MentoringArrange.ProgramAsync(factory);
        var pair = await MentoringArrange.PairAsync(factory, program, 7);
        await using var db = factory.Db();

        var early = new ClosePairForm { Status = PairStatus.Terminated, ClosedOn = new DateOnly(2026, 9, 15), Result = "рано" };
        Assert.Equal(Outcome.Refused("Укажите дату закрытия — не раньше начала работы пары."), await UseCase(db).HandleAsync(pair.Id, early, default));
        var empty = new ClosePairForm { Status = PairStatus.Terminated, ClosedOn = new DateOnly(2026, 11, 15) };
        Assert.IsType<Outcome.Invalidity>(await UseCase(db).HandleAsync(pair.Id, empty, default));

        Assert.Equal(PairStatus.Active, (await MentoringArrange.ReloadAsync(factory, pair.Id))!.Status);
    }
}
