using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Mentoring.UseCases;

public sealed class ReviseMentorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_mentor_serves_the_municipality_with_one_more_pair_and_keeps_the_person()
    {
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));
        var form = await MentorArrange.FormAsync(factory);
        var id = Assert.IsType<Outcome.Success>(await scope.Get<RegisterMentor>().HandleAsync(form, default)).Id!.Value;
        var other = (await factory.StaffOfAsync(Seeded.KmsSchool))[0].Id;
        var change = new MentorForm { EducatorId = other, ForMunicipality = true, CompetenceAreaIds = form.CompetenceAreaIds, MaxPairs = 4 };

        Assert.Equal(Outcome.Done("Изменения сохранены."), await scope.Get<ReviseMentor>().HandleAsync(id, change, default));

        await using var db = factory.Db();
        var mentor = await db.Mentors.AsNoTracking().SingleAsync(m => m.Id == id);
        Assert.Equal((form.EducatorId!.Value, true, 4), (mentor.EducatorId, mentor.ForMunicipality, mentor.MaxPairs));
    }

    [Fact]
    public async Task Another_municipalitys_mentor_is_not_found()
    {
        await using var db = factory.Db();
        var kms = await db.Mentors.Where(m => m.Organization!.Municipality!.Code == "KMS").Select(m => m.Id).FirstAsync();
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));

        Assert.Equal(Outcome.NotFound, await scope.Get<ReviseMentor>().HandleAsync(kms, await MentorArrange.FormAsync(factory), default));
    }
}
