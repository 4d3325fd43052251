using MetodPortal.Web.Areas.Diagnostics.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Diagnostics.UseCases;

public sealed class ConductDiagnosticTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    internal static async Task<DiagnosticForm> FormAsync(PortalFactory factory, int staffIndex, Func<int, string> score)
    {
        var instrument = await factory.InstrumentAsync(SeededDiagnostics.MethodicalCase);
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var educator = (await factory.StaffOfAsync(Seeded.KhvSchool))[staffIndex];
        return new DiagnosticForm
        {
            EducatorId = educator.Id, OrganizationId = school.Id, InstrumentId = instrument.Id, Date = new DateOnly(2026, 11, 2), ConductedBy = "Громова Т. А.",
            Scores = instrument.Areas.OrderBy(a => a.SortOrder).Select((a, i) => (a.CompetenceAreaId, score(i))).ToDictionary(x => x.CompetenceAreaId,
                x => (string?)x.Item2),
        };
    }

    [Fact]
    public async Task A_methodist_enters_the_scores_and_the_low_ones_are_the_deficits()
    {
        var form = await FormAsync(factory, 2, i => i == 0 ? "9" : "2");
        await using var scope = factory.As(await factory.PrincipalAsync("methodist@demo.local"));

        var done = Assert.IsType<Outcome.Success>(await scope.Get<ConductDiagnostic>().HandleAsync(form, scope.User(), default));

        await using var db = factory.Db();
        var diagnostic = await db.Diagnostics.AsNoTracking().Include(d => d.Deficits).SingleAsync(d => d.Id == done.Id);
        Assert.Equal(form.Scores.Count - 1, diagnostic.Deficits.Count);
        Assert.Equal($"Диагностика сохранена. Выявлено дефицитов: {form.Scores.Count - 1}. Теперь можно составить ИОМ.", done.Message);
    }

    [Fact]
    public async Task A_score_that_is_not_a_number_and_a_manual_deficit_without_a_note_are_invalid()
    {
        var form = await FormAsync(factory, 3, i => i == 0 ? "много" : "8");
        var manual = form.Scores.Keys.Last();
        form.ManualAreas = [manual];
        await using var scope = factory.As(await factory.PrincipalAsync("methodist@demo.local"));
        await using var db = factory.Db();
        var before = await db.Diagnostics.CountAsync();

        var outcome = Assert.IsType<Outcome.Invalidity>(await scope.Get<ConductDiagnostic>().HandleAsync(form, scope.User(), default));

        Assert.Equal(["ManualNotes[" + manual.Id() + "]", "Scores[" + form.Scores.Keys.First().Id() + "]"],
            outcome.Errors.Errors.Select(e => e.PropertyName).Order());
        Assert.Equal(before, await db.Diagnostics.CountAsync());
    }
}
