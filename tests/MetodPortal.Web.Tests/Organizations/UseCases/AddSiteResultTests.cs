using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Areas.Organizations.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using MetodPortal.Web.Tests.Practices.UseCases;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Organizations.UseCases;

public sealed class AddSiteResultTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_result_comes_with_a_file_or_a_link_and_neither_or_a_bad_file_is_refused()
    {
        var site = await SeededSites.SiteAsync(factory, "KHV", OrganizationStatusLevel.Regional);
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));
        var add = scope.Get<AddSiteResult>();

        Assert.IsType<Outcome.Success>(await add.HandleAsync(site.Id, new SiteResultForm { Title = "Программа курса", Kind = SiteResultKind.Program,
            Year = 2026 }, AttachPracticeFileTests.Pdf("программа.pdf"), default));
        Assert.IsType<Outcome.Success>(await add.HandleAsync(site.Id, new SiteResultForm { Title = "Видеоурок", Kind = SiteResultKind.Video, Year = 2026,
            Link = "https://example.org/video" }, null, default));
        var neither = Assert.IsType<Outcome.Refusal>(await add.HandleAsync(site.Id, new SiteResultForm { Title = "Пусто", Kind = SiteResultKind.Other,
            Year = 2026 }, null, default));
        var renamed = Assert.IsType<Outcome.Refusal>(await add.HandleAsync(site.Id, new SiteResultForm { Title = "Вирус", Kind = SiteResultKind.Other,
            Year = 2026 }, AttachPracticeFileTests.File("a.pdf", "MZ"u8.ToArray()), default));

        Assert.Equal("Приложите файл или укажите ссылку.", neither.Reason);
        Assert.Equal("Содержимое файла не соответствует его расширению.", renamed.Reason);
        await using var db = factory.Db();
        var saved = await db.SiteResults.Where(r => r.SiteId == site.Id && r.Year == 2026).OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(["Программа курса", "Видеоурок"], saved.Select(r => r.Title));
        Assert.Equal(("программа.pdf", "application/pdf"), (saved[0].FileName, saved[0].ContentType));
    }
}
