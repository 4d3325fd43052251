using MetodPortal.Web.Areas.Programs.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using MetodPortal.Web.Tests.Routes.UseCases;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Programs.UseCases;

public sealed class WithdrawProgramRequestTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Only_the_one_who_filed_an_open_request_withdraws_it_and_an_answered_one_stays()
    {
        var school = await RouteArrange.UserIdAsync(factory, "school@demo.local");
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));
        var id = Assert.IsType<Outcome.Success>(await scope.Get<FileProgramRequest>().HandleAsync(
            await FileProgramRequestTests.FormAsync(factory, Seeded.KhvSchool, "Отзываемый запрос"), school, default)).Id!.Value;
        await using var db = factory.Db();
        var answered = await db.ProgramRequests.Where(r => r.FiledByUserId == school && r.Status != Domain.Programs.RequestStatus.Open)
            .Select(r => r.Id).FirstAsync();

        Assert.Equal(Outcome.NotFound, await scope.Get<WithdrawProgramRequest>().HandleAsync(id, school + 1, default));
        Assert.Equal(Outcome.Refused("На запрос уже дан ответ: он остаётся в истории."),
            await scope.Get<WithdrawProgramRequest>().HandleAsync(answered, school, default));
        Assert.Equal(Outcome.Done("Запрос отозван."), await scope.Get<WithdrawProgramRequest>().HandleAsync(id, school, default));

        Assert.False(await db.ProgramRequests.AnyAsync(r => r.Id == id));
        Assert.True(await db.ProgramRequests.AnyAsync(r => r.Id == answered));
    }
}
