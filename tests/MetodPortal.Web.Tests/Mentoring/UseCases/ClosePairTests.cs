using MetodPortal.Domain.Mentoring;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Tests.Infrastructure;
using MetodPortal.Web.Tests.Routes.UseCases;

namespace MetodPortal.Web.Tests.Mentoring.UseCases;

public sealed class ClosePairTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static ClosePair UseCase(Data.PortalDbContext db) => new(db, new ClosePairValidator(MentoringArrange.Clock), MentoringArrange.Clock);

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

    [Fact]
    public async Task A_completed_pair_made_for_an_ИОМ_item_reports_it_and_deleting_the_pair_plans_the_item_again()
    {
        var area = await OfferArrange.AreaAsync(factory, "Классное руководство");
        var (id, item) = await OfferArrange.RouteAsync(factory, RouteStatus.Approved, area);
        var route = await RouteArrange.ReloadAsync(factory, id);
        var (mentor, _) = await OfferArrange.MentorAsync(factory, route.EducatorId, area);
        await using (var link = factory.Db())
        {
            await new LinkRouteItemOffer(link, new PairValidator(link), MentoringArrange.Clock).HandleAsync(id, item, OfferKind.Mentor, mentor, default);
        }

        var pairId = (await OfferArrange.ItemAsync(factory, item)).PairId!.Value;
        var form = new ClosePairForm { Status = PairStatus.Completed, ClosedOn = new DateOnly(2026, 11, 20), Result = "Проведено классное собрание" };
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("Пара закрыта: завершена." + RecordedEvidence.ReportedNote, (await MentoringArrange.ReloadAsync(factory, pairId))!.ProgramId),
            await UseCase(db).HandleAsync(pairId, form, default));
        var reported = await OfferArrange.ItemAsync(factory, item);
        Assert.Equal((RouteItemStatus.Reported, true, "Наставничество завершено 20.11.2026: Проведено классное собрание"),
            (reported.Status, reported.ReportedByPair, reported.EvidenceNote));

        await using var delete = factory.Db();
        await new DeletePair(delete).HandleAsync(pairId, default);
        var planned = await OfferArrange.ItemAsync(factory, item);
        Assert.Equal((RouteItemStatus.Planned, false, null), (planned.Status, planned.ReportedByPair, planned.PairId));
    }
}
