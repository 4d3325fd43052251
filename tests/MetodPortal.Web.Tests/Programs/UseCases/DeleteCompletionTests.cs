using MetodPortal.Domain.Programs;
using MetodPortal.Web.Areas.Programs.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Programs.UseCases;

public sealed class DeleteCompletionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_completion_is_deleted_and_the_educators_card_is_next()
    {
        var program = await ProgramArrange.ProgramAsync(factory, "Оценка качества образования");
        var (educator, organization) = await ProgramArrange.EmployeeAsync(factory, 6);
        await using var db = factory.Db();
        var completion = new ProgramCompletion
        {
            RegionId = program.RegionId, OrganizationId = organization, EducatorId = educator, ProgramId = program.Id, CompletedOn = new DateOnly(2026, 4, 1),
        };
        db.ProgramCompletions.Add(completion);
        await db.SaveChangesAsync();

        Assert.Equal(Outcome.Done("Запись о прохождении курсов удалена.", educator), await new DeleteCompletion(db).HandleAsync(completion.Id, default));
        Assert.Equal(0, await ProgramArrange.CompletionsAsync(factory, program.Id));
        Assert.Equal(Outcome.NotFound, await new DeleteCompletion(db).HandleAsync(completion.Id, default));
    }
}
