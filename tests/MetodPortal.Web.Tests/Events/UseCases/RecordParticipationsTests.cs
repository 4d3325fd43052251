using MetodPortal.Domain.Events;
using MetodPortal.Web.Areas.Events.UseCases;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Events.UseCases;

public sealed class RecordParticipationsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Ticked_teachers_are_recorded_together_or_not_at_all()
    {
        var e = await EventArrange.EventAsync(factory);
        await EventArrange.ParticipantAsync(factory, e, 6, ParticipationRole.Participant);
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var staff = await factory.StaffOfAsync(Seeded.KhvSchool);
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));
        var form = new ParticipationsForm
        {
            OrganizationId = school.Id, EducatorIds = [staff[7].Id, staff[6].Id, staff[8].Id], Role = ParticipationRole.Winner,
        };

        var refused = (await scope.Get<RecordParticipations>().HandleAsync(e.Id, form, default))!;
        Assert.Equal([(2, "EducatorId", "Участие этого педагога уже записано.")], refused.Errors.Select(x => (x.Row, x.Column, x.Message)));
        Assert.Equal(1, await CountAsync(e.Id));

        form.EducatorIds = [staff[7].Id, staff[8].Id];
        Assert.Equal(2, (await scope.Get<RecordParticipations>().HandleAsync(e.Id, form, default))!.Added);
        await using var db = factory.Db();
        Assert.Equal(2, await db.EventParticipations.CountAsync(p => p.EventId == e.Id && p.Role == ParticipationRole.Winner));
    }

    [Fact]
    public async Task A_file_naming_a_teacher_twice_or_someone_not_on_staff_records_nobody()
    {
        var e = await EventArrange.EventAsync(factory);
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var staff = await factory.StaffOfAsync(Seeded.KhvSchool);
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));
        object?[] Row(int i, string? role) => [null, staff[i].LastName, staff[i].FirstName, staff[i].MiddleName, staff[i].BirthDate, role];

        using var bad = new MemoryStream(StaffFiles.Xlsx(
            [Row(9, "выступающий"), Row(10, null), Row(9, null), [null, "Несуществующая", "Анна", "Петровна", new DateOnly(1990, 1, 1), null]],
            RecordParticipations.Columns));
        var refused = (await scope.Get<RecordParticipations>().RunAsync(e.Id, school.Id, bad, null, default))!;
        Assert.Equal([4, 5], refused.Errors.Select(x => x.Row));
        Assert.Contains("не найдена среди сотрудников", refused.Errors[1].Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(e.Id));

        using var good = new MemoryStream(StaffFiles.Xlsx([Row(9, "выступающий"), Row(10, null)], RecordParticipations.Columns));
        Assert.Equal(2, (await scope.Get<RecordParticipations>().RunAsync(e.Id, school.Id, good, null, default))!.Added);
        await using var db = factory.Db();
        Assert.Equal(ParticipationRole.Speaker, (await db.EventParticipations.SingleAsync(p => p.EventId == e.Id && p.EducatorId == staff[9].Id)).Role);
    }

    [Fact]
    public async Task Another_scopes_school_is_not_found()
    {
        var e = await EventArrange.EventAsync(factory);
        var elsewhere = await factory.OrganizationAsync(Seeded.KmsSchool);
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));

        var form = new ParticipationsForm { OrganizationId = elsewhere.Id, EducatorIds = [1] };
        Assert.Null(await scope.Get<RecordParticipations>().HandleAsync(e.Id, form, default));
    }

    private async Task<int> CountAsync(int eventId)
    {
        await using var db = factory.Db();
        return await db.EventParticipations.CountAsync(p => p.EventId == eventId);
    }
}
