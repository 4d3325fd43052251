using MetodPortal.Domain.Programs;
using MetodPortal.Web.Areas.Programs.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Programs.UseCases;

public sealed class DeleteProgramTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_programme_nobody_completed_leaves_the_registry()
    {
        var program = await ProgramArrange.ProgramAsync(factory, "Проектная деятельность");
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("Программа «Проектная деятельность» удалена из реестра."), await new DeleteProgram(db).HandleAsync(program.Id, default));
        Assert.False(await db.ProfessionalPrograms.AnyAsync(p => p.Id == program.Id));
    }

    [Fact]
    public async Task A_completed_programme_is_refused_and_stays()
    {
        var program = await ProgramArrange.ProgramAsync(factory, "Инклюзивное образование");
        var (educator, organization) = await ProgramArrange.EmployeeAsync(factory, 3);
        await using var db = factory.Db();
        db.ProgramCompletions.Add(new ProgramCompletion
        {
            RegionId = program.RegionId, OrganizationId = organization, EducatorId = educator, ProgramId = program.Id, CompletedOn = new DateOnly(2026, 5, 20),
        });
        await db.SaveChangesAsync();

        Assert.Equal(Outcome.Refused(DeleteProgram.InUse(1)), await new DeleteProgram(db).HandleAsync(program.Id, default));
        Assert.True(await db.ProfessionalPrograms.AnyAsync(p => p.Id == program.Id));
    }
}
