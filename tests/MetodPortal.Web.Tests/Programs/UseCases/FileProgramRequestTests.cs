using MetodPortal.Domain.Programs;
using MetodPortal.Web.Areas.Programs.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Programs.UseCases;

public sealed class FileProgramRequestTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    internal static async Task<RequestForm> FormAsync(PortalFactory factory, string school, string topic)
    {
        await using var db = factory.Db();
        return new RequestForm
        {
            OrganizationId = (await factory.OrganizationAsync(school)).Id, Topic = $" {topic} ", Format = ProgramFormat.Distance, Period = "весна 2027",
            People = 7, CompetenceAreaId = await db.CompetenceAreas.Where(a => a.IsActive).OrderBy(a => a.SortOrder).Select(a => a.Id).FirstAsync(),
        };
    }

    [Fact]
    public async Task The_school_files_a_request_that_waits_for_an_answer()
    {
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));
        var user = await Routes.UseCases.RouteArrange.UserIdAsync(factory, "school@demo.local");

        var done = Assert.IsType<Outcome.Success>(await scope.Get<FileProgramRequest>().HandleAsync(
            await FormAsync(factory, Seeded.KhvSchool, "Смысловое чтение"), user, default));

        await using var db = factory.Db();
        var request = await db.ProgramRequests.AsNoTracking().SingleAsync(r => r.Id == done.Id);
        Assert.Equal(("Смысловое чтение", 7, RequestStatus.Open, user), (request.Topic, request.People, request.Status, request.FiledByUserId));
    }

    [Fact]
    public async Task Another_municipalitys_school_no_topic_and_no_people_are_invalid_and_nothing_is_filed()
    {
        var form = await FormAsync(factory, Seeded.KmsSchool, "");
        form.People = 0;
        await using var scope = factory.As(await factory.PrincipalAsync("methodist@demo.local"));

        var outcome = Assert.IsType<Outcome.Invalidity>(await scope.Get<FileProgramRequest>().HandleAsync(form, 1, default));

        Assert.Equal(["Выберите организацию из списка.", "Опишите, чему нужно научиться.", "Человек — от 1 до 500."],
            outcome.Errors.Errors.Select(e => e.ErrorMessage).Order());
        await using var db = factory.Db();
        Assert.False(await db.ProgramRequests.AnyAsync(r => r.Topic == ""));
    }
}
