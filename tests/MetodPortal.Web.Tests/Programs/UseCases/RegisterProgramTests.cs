using MetodPortal.Web.Areas.Programs.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Programs.UseCases;

public sealed class RegisterProgramTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_programme_joins_the_users_regions_registry()
    {
        var region = (await factory.OrganizationAsync(Seeded.KhvSchool)).RegionId;
        await using var db = factory.Db();

        var done = Assert.IsType<Outcome.Success>(await new RegisterProgram(db,
            new ProgramValidator(db)).HandleAsync(ProgramArrange.Form(" Наставничество в школе "), region, default));

        var program = await db.ProfessionalPrograms.AsNoTracking().SingleAsync(p => p.Id == done.Id);
        Assert.Equal(("Наставничество в школе", region), (program.Title, program.RegionId));
        Assert.Equal("Программа «Наставничество в школе» внесена в реестр.", done.Message);
    }

    [Fact]
    public async Task Too_few_hours_for_advanced_training_is_invalid_and_nothing_is_added()
    {
        var region = (await factory.OrganizationAsync(Seeded.KhvSchool)).RegionId;
        var form = ProgramArrange.Form("Восемь часов");
        form.Hours = 8;
        await using var db = factory.Db();

        var outcome = Assert.IsType<Outcome.Invalidity>(await new RegisterProgram(db, new ProgramValidator(db)).HandleAsync(form, region, default));

        Assert.Contains("не менее 16 часов", Assert.Single(outcome.Errors.Errors).ErrorMessage);
        Assert.False(await db.ProfessionalPrograms.AnyAsync(p => p.Title == "Восемь часов"));
    }

    [Fact]
    public async Task A_user_without_a_region_has_no_registry_to_add_to()
    {
        await using var db = factory.Db();
        Assert.IsType<Outcome.Refusal>(await new RegisterProgram(db, new ProgramValidator(db)).HandleAsync(ProgramArrange.Form("Без региона"), null, default));
        Assert.False(await db.ProfessionalPrograms.AnyAsync(p => p.Title == "Без региона"));
    }
}
