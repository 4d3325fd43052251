using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Mentoring.UseCases;

public sealed class RemoveMentorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_mentor_leaves_the_registry_and_their_pairs_stay()
    {
        await using var db = factory.Db();
        var mentor = await db.Mentors.Where(m => m.Organization!.ShortName == Seeded.KhvSchool).OrderBy(m => m.Id).FirstAsync();
        var pairs = await db.MentoringPairs.CountAsync(p => p.MentorId == mentor.EducatorId);
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));

        Assert.Equal(Outcome.Done("Наставник исключён из реестра. Его пары остались в программах наставничества."),
            await scope.Get<RemoveMentor>().HandleAsync(mentor.Id, default));

        Assert.False(await db.Mentors.AnyAsync(m => m.Id == mentor.Id));
        Assert.True(pairs > 0);
        Assert.Equal(pairs, await db.MentoringPairs.CountAsync(p => p.MentorId == mentor.EducatorId));
        Assert.Equal(Outcome.NotFound, await scope.Get<RemoveMentor>().HandleAsync(mentor.Id, default));
    }
}
