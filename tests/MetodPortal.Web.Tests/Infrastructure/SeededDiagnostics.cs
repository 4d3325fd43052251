using MetodPortal.Domain.Diagnostics;
using MetodPortal.Domain.Routes;
using MetodPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Infrastructure;

/// <summary>Demo diagnostics, routes and people the diagnostics and routes tests work with.</summary>
public static class SeededDiagnostics
{
    public const string MethodicalCase = "Кейс-диагностика методических компетенций учителя";
    public const string Efom = "Диагностика профессиональных дефицитов педагогических работников (ЕФОМ)";

    public static async Task<DiagnosticInstrument> InstrumentAsync(this PortalFactory factory, string title)
    {
        await using var db = factory.Db();
        return await db.DiagnosticInstruments.AsNoTracking().Include(i => i.Areas).ThenInclude(a => a.CompetenceArea).SingleAsync(i => i.Title == title);
    }

    public static async Task<int> AreaIdAsync(this PortalFactory factory, string name)
    {
        await using var db = factory.Db();
        return await db.CompetenceAreas.Where(a => a.Name == name).Select(a => a.Id).SingleAsync();
    }

    /// <summary>A current teacher of the organization other than the demo teacher, by position in the staff list.</summary>
    public static async Task<Educator> TeacherOfAsync(this PortalFactory factory, string organization, int skip = 0)
    {
        await using var db = factory.Db();
        return await db.Employments.AsNoTracking().Where(e => e.Organization!.ShortName == organization && e.Position == Position.Teacher
            && e.Educator!.LastName != "Орлова")
            .OrderBy(e => e.Id).Skip(skip).Select(e => e.Educator!).FirstAsync();
    }

    public static async Task<Educator> DemoTeacherAsync(this PortalFactory factory)
    {
        await using var db = factory.Db();
        return await db.Educators.AsNoTracking().SingleAsync(e => e.LastName == "Орлова" && e.FirstName == "Екатерина");
    }

    public static async Task<IndividualRoute> RouteInAsync(this PortalFactory factory, string municipalityCode, RouteStatus? status = null)
    {
        await using var db = factory.Db();
        return await db.Routes.AsNoTracking().Include(r => r.Items)
            .Where(r => r.Organization!.Municipality!.Code == municipalityCode && (status == null || r.Status == status))
            .OrderBy(r => r.Id).FirstAsync();
    }

    public static async Task<Diagnostic> DiagnosticInAsync(this PortalFactory factory, string municipalityCode)
    {
        await using var db = factory.Db();
        return await db.Diagnostics.AsNoTracking().Where(d => d.Organization!.Municipality!.Code == municipalityCode).OrderBy(d => d.Id).FirstAsync();
    }
}
