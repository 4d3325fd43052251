using System.Text;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Routes.UseCases;

public sealed class ReportRouteItemTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static ReportRouteItem UseCase(Data.PortalDbContext db) => new(db, RouteArrange.Clock);

    private static FormFile File(string name, byte[] content) => new(new MemoryStream(content), 0, content.Length, "File", name);

    [Fact]
    public async Task A_reported_item_with_a_pdf_keeps_the_note_and_the_file_and_puts_the_route_into_work()
    {
        var teacher = await RouteArrange.UserIdAsync(factory, "teacher@demo.local");
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Approved, null, RouteItemStatus.Planned, RouteItemStatus.Planned);
        var item = (await RouteArrange.ItemIdsAsync(factory, id))[0];
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n% конспект урока\n");
        await using var db = factory.Db();

        var outcome = await UseCase(db).HandleAsync(id, item, " Провела открытый урок ", File("конспект.pdf", pdf), teacher, default);

        Assert.Equal(Outcome.Done("Пункт отмечен выполненным. Тьютор подтвердит его."), outcome);
        var route = await RouteArrange.ReloadAsync(factory, id);
        var reported = route.Items.Single(i => i.Id == item);
        Assert.Equal((RouteItemStatus.Reported, RouteArrange.Today, "Провела открытый урок"), (reported.Status, reported.ReportedOn, reported.EvidenceNote));
        Assert.Equal(RouteStatus.InProgress, route.Status);
        await using var check = factory.Db();
        var file = await check.RouteEvidence.SingleAsync(e => e.RouteItemId == item);
        Assert.Equal(("конспект.pdf", "application/pdf", pdf.Length, teacher), (file.FileName, file.ContentType, (int)file.Size, file.UploadedByUserId!.Value));
    }

    [Fact]
    public async Task A_file_that_is_not_what_its_name_says_is_refused_and_nothing_is_kept()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.InProgress, null, RouteItemStatus.Planned);
        var item = (await RouteArrange.ItemIdsAsync(factory, id))[0];
        await using var db = factory.Db();

        var outcome = await UseCase(db).HandleAsync(id, item, null, File("отчёт.exe", [0x4D, 0x5A, 0x90, 0x00]), null, default);

        Assert.IsType<Outcome.Refusal>(outcome);
        Assert.Equal(RouteItemStatus.Planned, (await RouteArrange.ReloadAsync(factory, id)).Items.Single().Status);
        await using var check = factory.Db();
        Assert.False(await check.RouteEvidence.AnyAsync(e => e.RouteItemId == item));
    }

    [Fact]
    public async Task Neither_a_note_nor_a_file_is_refused()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.InProgress, null, RouteItemStatus.Planned);
        var item = (await RouteArrange.ItemIdsAsync(factory, id))[0];
        await using var db = factory.Db();

        Assert.IsType<Outcome.Refusal>(await UseCase(db).HandleAsync(id, item, "  ", null, null, default));
        Assert.Equal(RouteItemStatus.Planned, (await RouteArrange.ReloadAsync(factory, id)).Items.Single().Status);
    }
}
