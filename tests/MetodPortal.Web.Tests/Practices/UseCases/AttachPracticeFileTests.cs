using System.Text;
using MetodPortal.Web.Areas.Practices.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Practices.UseCases;

public sealed class AttachPracticeFileTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static IFormFile Pdf(string name) => File(name, "%PDF-1.4 practice"u8.ToArray());

    public static IFormFile File(string name, byte[] content) =>
        new FormFile(new MemoryStream(content), 0, content.Length, "file", name);

    [Fact]
    public async Task A_pdf_is_kept_and_a_renamed_program_or_an_unknown_kind_is_refused()
    {
        var id = await PracticeArrange.DraftAsync(factory);
        await using var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.School));

        var done = Assert.IsType<Outcome.Success>(await scope.Get<AttachPracticeFile>().HandleAsync(id, Pdf("описание.pdf"), default));
        var renamed = Assert.IsType<Outcome.Refusal>(await scope.Get<AttachPracticeFile>().HandleAsync(id, File("virus.pdf", "MZ\x90"u8.ToArray()), default));
        var unknown = Assert.IsType<Outcome.Refusal>(await scope.Get<AttachPracticeFile>().HandleAsync(id,
            File("run.exe", Encoding.ASCII.GetBytes("MZ")), default));

        Assert.Equal("Файл «описание.pdf» приложен.", done.Message);
        Assert.Equal("Содержимое файла не соответствует его расширению.", renamed.Reason);
        Assert.StartsWith("Допустимы файлы PDF", unknown.Reason, StringComparison.Ordinal);
        await using var db = factory.Db();
        var file = await db.PracticeFiles.AsNoTracking().SingleAsync(f => f.PracticeId == id);
        Assert.Equal(("описание.pdf", "application/pdf"), (file.FileName, file.ContentType));
        Assert.Equal("%PDF-1.4 practice"u8.ToArray(), file.Content);
    }

    [Fact]
    public async Task A_submitted_practice_takes_no_more_files()
    {
        var id = await PracticeArrange.SubmittedAsync(factory);
        await using var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.School));

        Assert.IsType<Outcome.Refusal>(await scope.Get<AttachPracticeFile>().HandleAsync(id, Pdf("late.pdf"), default));

        await using var db = factory.Db();
        Assert.False(await db.PracticeFiles.AnyAsync(f => f.PracticeId == id));
    }
}
