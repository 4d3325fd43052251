using MetodPortal.Web.Areas.Plan.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Plan;

public sealed class AnswerRecommendationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_addressee_answers_what_was_done_and_no_one_else_can()
    {
        int own, municipal;
        await using (var db = factory.Db())
        {
            var school = await db.Users.Where(u => u.Email == "school@demo.local").Select(u => u.OrganizationId).SingleAsync();
            own = await db.Recommendations.Where(r => r.OrganizationId == school).Select(r => r.Id).FirstAsync();
            municipal = await db.Recommendations.Where(r => r.OrganizationId == null
                && r.MunicipalityId == db.Organizations.Where(o => o.Id == school).Select(o => o.MunicipalityId).First()).Select(r => r.Id).FirstAsync();
        }

        var answer = new RecommendationAnswerForm { Answer = "Проведена диагностика всех педагогов", AnsweredOn = new DateOnly(2026, 5, 20) };
        await using (var scope = factory.As(await factory.PrincipalAsync("school@demo.local")))
        {
            Assert.IsType<Outcome.Success>(await scope.Get<AnswerRecommendation>().HandleAsync(own, answer, default));
            Assert.IsType<Outcome.Refusal>(await scope.Get<AnswerRecommendation>().HandleAsync(municipal, answer, default)); // the coordinator's
            Assert.Equal("Укажите дату — не позже сегодняшней.", Assert.IsType<Outcome.Refusal>(await scope.Get<AnswerRecommendation>().HandleAsync(own,
                new RecommendationAnswerForm { Answer = "—", AnsweredOn = new DateOnly(2099, 1, 1) }, default)).Reason);
        }

        await using (var scope = factory.As(await factory.PrincipalAsync("coordinator@demo.local")))
        {
            Assert.IsType<Outcome.Refusal>(await scope.Get<AnswerRecommendation>().HandleAsync(own, answer, default)); // the school's own
            Assert.IsType<Outcome.Success>(await scope.Get<AnswerRecommendation>().HandleAsync(municipal, answer, default));
        }

        await using var check = factory.Db();
        var answered = await check.Recommendations.SingleAsync(r => r.Id == own);
        Assert.Equal(("Проведена диагностика всех педагогов", new DateOnly(2026, 5, 20), "Захаров Павел Игоревич"),
            (answered.Answer, answered.AnsweredOn, answered.AnsweredBy));
        Assert.Equal("Белова Ирина Сергеевна", (await check.Recommendations.SingleAsync(r => r.Id == municipal)).AnsweredBy);
    }
}
