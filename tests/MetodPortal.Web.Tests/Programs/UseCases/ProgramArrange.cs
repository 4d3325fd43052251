using MetodPortal.Domain.Programs;
using MetodPortal.Web.Areas.Programs.UseCases;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Programs.UseCases;

/// <summary>Programmes of the registry and completions of the demo school's staff, for the registry's use cases.</summary>
internal static class ProgramArrange
{
    public static readonly TimeProvider Clock = new StoppedClock(new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero));

    public static ProgramForm Form(string title) => new()
    {
        Title = title, Provider = "ХК ИРО", Kind = ProgramKind.AdvancedTraining, Format = ProgramFormat.Distance, Hours = 36,
    };

    /// <summary>A new programme of the demo region, with no completions.</summary>
    public static async Task<ProfessionalProgram> ProgramAsync(PortalFactory factory, string title)
    {
        var region = (await factory.OrganizationAsync(Seeded.KhvSchool)).RegionId;
        await using var db = factory.Db();
        var program = new ProfessionalProgram { RegionId = region };
        Form(title).ApplyTo(program);
        db.ProfessionalPrograms.Add(program);
        await db.SaveChangesAsync();
        return program;
    }

    /// <summary>A current employee of the demo school: (educator, organization).</summary>
    public static async Task<(int EducatorId, int OrganizationId)> EmployeeAsync(PortalFactory factory, int index)
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        return ((await factory.StaffOfAsync(Seeded.KhvSchool))[index].Id, school.Id);
    }

    public static async Task<int> CompletionsAsync(PortalFactory factory, int programId)
    {
        await using var db = factory.Db();
        return await db.ProgramCompletions.CountAsync(c => c.ProgramId == programId);
    }
}
