using MetodPortal.Domain.Programs;
using MetodPortal.Web.Areas.Programs.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using MetodPortal.Web.Tests.Routes.UseCases;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Programs.UseCases;

public sealed class AnswerProgramRequestTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<int> RequestAsync(string topic)
    {
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));
        var user = await RouteArrange.UserIdAsync(factory, "school@demo.local");
        return Assert.IsType<Outcome.Success>(await scope.Get<FileProgramRequest>().HandleAsync(
            await FileProgramRequestTests.FormAsync(factory, Seeded.KhvSchool, topic), user, default)).Id!.Value;
    }

    [Fact]
    public async Task The_centre_answers_with_a_planned_cohort_and_a_second_answer_is_refused()
    {
        var id = await RequestAsync("Цифровая среда");
        var cohort = await OfferArrange.CohortAsync(factory, await OfferArrange.ProgramAsync(factory, "Цифровая среда школы"), null);
        var cnppm = await RouteArrange.UserIdAsync(factory, "cnppm@demo.local");
        await using var scope = factory.As(await factory.PrincipalAsync("cnppm@demo.local"));

        Assert.Equal(Outcome.Done("Ответ на запрос дан: запланирован поток."), await scope.Get<AnswerProgramRequest>().HandleAsync(id,
            new AnswerForm { Status = RequestStatus.Planned, CohortId = cohort, Answer = " набор до 20.01 " }, cnppm, default));
        Assert.Equal(Outcome.Refused("На запрос уже дан ответ."), await scope.Get<AnswerProgramRequest>().HandleAsync(id,
            new AnswerForm { Status = RequestStatus.Declined, Answer = "нет" }, cnppm, default));

        await using var db = factory.Db();
        var request = await db.ProgramRequests.AsNoTracking().SingleAsync(r => r.Id == id);
        Assert.Equal((RequestStatus.Planned, cohort, "набор до 20.01", cnppm), (request.Status, request.CohortId!.Value, request.Answer,
            request.AnsweredByUserId!.Value));
    }

    [Fact]
    public async Task A_refusal_without_a_reason_and_planned_without_a_cohort_are_refused_and_the_request_stays_open()
    {
        var id = await RequestAsync("Проектная деятельность");
        await using var scope = factory.As(await factory.PrincipalAsync("cnppm@demo.local"));

        Assert.Equal(Outcome.Refused("Укажите причину отказа."),
            await scope.Get<AnswerProgramRequest>().HandleAsync(id, new AnswerForm { Status = RequestStatus.Declined }, 1, default));
        Assert.Equal(Outcome.Refused("Выберите поток план-графика, запланированный по запросу."),
            await scope.Get<AnswerProgramRequest>().HandleAsync(id, new AnswerForm { Status = RequestStatus.Planned }, 1, default));
        Assert.Equal(Outcome.NotFound, await scope.Get<AnswerProgramRequest>().HandleAsync(int.MaxValue, new AnswerForm(), 1, default));

        await using var db = factory.Db();
        Assert.Equal(RequestStatus.Open, (await db.ProgramRequests.AsNoTracking().SingleAsync(r => r.Id == id)).Status);
    }
}
