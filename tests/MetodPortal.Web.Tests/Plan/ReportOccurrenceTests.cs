using System.Text;
using MetodPortal.Domain.Plan;
using MetodPortal.Web.Areas.Plan.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace MetodPortal.Web.Tests.Plan;

public sealed class ReportOccurrenceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_occurrence_is_reported_with_a_file_and_a_link_late_when_after_its_due_date_and_bad_input_changes_nothing()
    {
        var measure = await PlanArrange.YearlyMeasureAsync(factory);
        var due2024 = measure.Occurrences.Single(o => o.Key == "2024");
        var due2025 = measure.Occurrences.Single(o => o.Key == "2025");
        await using var scope = factory.As(await factory.PrincipalAsync(PlanArrange.Cnppm));
        var report = scope.Get<ReportOccurrence>();
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");
        using var stream = new MemoryStream(pdf);
        var file = new FormFile(stream, 0, pdf.Length, "file", "протокол.pdf") { Headers = new HeaderDictionary(), ContentType = "application/pdf" };

        var done = await report.HandleAsync(due2024.Id, new OccurrenceReportForm { DoneOn = new DateOnly(2025, 1, 15), Report = "Семинар проведён",
            Link = "/events" }, file, default);
        var future = await report.HandleAsync(due2025.Id, new OccurrenceReportForm { DoneOn = new DateOnly(2099, 1, 1), Report = "—" }, null, default);
        var badLink = await report.HandleAsync(due2025.Id, new OccurrenceReportForm { DoneOn = new DateOnly(2025, 12, 1), Report = "Сделано",
            Link = "javascript:alert(1)" }, null, default);

        Assert.Contains("с опозданием", Assert.IsType<Outcome.Success>(done).Message, StringComparison.Ordinal);
        Assert.Equal("Укажите дату выполнения — не позже сегодняшней.", Assert.IsType<Outcome.Refusal>(future).Reason);
        Assert.StartsWith("Ссылка — адрес записи портала", Assert.IsType<Outcome.Refusal>(badLink).Reason, StringComparison.Ordinal);
        var reported = await PlanArrange.OccurrenceAsync(factory, due2024.Id);
        Assert.Equal((OccurrenceStatus.Done, "/events", "протокол.pdf", "Киселёв Андрей Николаевич"),
            (reported.Status, reported.Link, reported.FileName, reported.ReportedBy));
        Assert.Equal(pdf, reported.Content);
        Assert.Equal(OccurrenceState.DoneLate, reported.StateOn(new DateOnly(2026, 12, 7)));
        Assert.Equal(OccurrenceStatus.Planned, (await PlanArrange.OccurrenceAsync(factory, due2025.Id)).Status);
    }
}
