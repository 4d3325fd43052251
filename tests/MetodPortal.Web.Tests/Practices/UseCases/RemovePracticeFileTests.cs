using MetodPortal.Web.Areas.Practices.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Practices.UseCases;

public sealed class RemovePracticeFileTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_school_removes_a_file_of_its_draft_and_another_school_finds_none()
    {
        var id = await PracticeArrange.DraftAsync(factory);
        await using (var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.School)))
        {
            Assert.IsType<Outcome.Success>(await scope.Get<AttachPracticeFile>().HandleAsync(id, AttachPracticeFileTests.Pdf("a.pdf"), default));
            Assert.IsType<Outcome.Success>(await scope.Get<AttachPracticeFile>().HandleAsync(id, AttachPracticeFileTests.Pdf("b.pdf"), default));
        }

        await using var db = factory.Db();
        var files = await db.PracticeFiles.Where(f => f.PracticeId == id).OrderBy(f => f.Id).Select(f => f.Id).ToListAsync();
        await using (var other = factory.As(await factory.PrincipalAsync("school2@demo.local")))
        {
            Assert.IsType<Outcome.Missing>(await other.Get<RemovePracticeFile>().HandleAsync(id, files[0], default));
        }

        await using (var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.School)))
        {
            Assert.IsType<Outcome.Success>(await scope.Get<RemovePracticeFile>().HandleAsync(id, files[0], default));
        }

        Assert.Equal([files[1]], await db.PracticeFiles.Where(f => f.PracticeId == id).Select(f => f.Id).ToListAsync());
    }
}
