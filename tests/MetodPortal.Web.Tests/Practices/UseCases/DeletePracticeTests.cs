using MetodPortal.Web.Areas.Practices.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Practices.UseCases;

public sealed class DeletePracticeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_draft_goes_with_its_files_and_a_published_practice_stays()
    {
        var draft = await PracticeArrange.DraftAsync(factory);
        await using (var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.School)))
        {
            Assert.IsType<Outcome.Success>(await scope.Get<AttachPracticeFile>().HandleAsync(draft, AttachPracticeFileTests.Pdf("plan.pdf"), default));
            Assert.IsType<Outcome.Success>(await scope.Get<DeletePractice>().HandleAsync(draft, default));
        }

        await using var db = factory.Db();
        var published = await db.Practices.Where(p => p.Status == Domain.Practices.PracticeStatus.Published
            && p.Organization!.ShortName == Seeded.KhvSchool).Select(p => p.Id).FirstAsync();
        await using var again = factory.As(await factory.PrincipalAsync(PracticeArrange.School));
        Assert.IsType<Outcome.Refusal>(await again.Get<DeletePractice>().HandleAsync(published, default));

        Assert.False(await db.Practices.AnyAsync(p => p.Id == draft));
        Assert.False(await db.PracticeFiles.AnyAsync(f => f.PracticeId == draft));
        Assert.True(await db.Practices.AnyAsync(p => p.Id == published));
    }
}
