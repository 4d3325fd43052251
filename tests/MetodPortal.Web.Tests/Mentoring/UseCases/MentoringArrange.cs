using MetodPortal.Domain.Mentoring;
using MetodPortal.Domain.Staff;
using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Mentoring.UseCases;

/// <summary>A mentoring programme of the demo school for 2026/27, and two of its teachers whom no pair links yet.</summary>
internal static class MentoringArrange
{
    public static readonly TimeProvider Clock = new StoppedClock(new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero));

    public static async Task<MentoringProgram> ProgramAsync(PortalFactory factory)
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        await using var db = factory.Db();
        var program = new MentoringProgram
        {
            RegionId = school.RegionId, OrganizationId = school.Id, Title = "Вместе", PeriodFrom = new DateOnly(2026, 9, 1),
                PeriodTo = new DateOnly(2027, 8, 31),
        };
        db.MentoringPrograms.Add(program);
        await db.SaveChangesAsync();
        return program;
    }

    /// <summary>Two people of the school, the <paramref name="index"/>-th couple that no pair links yet: distinct indexes, distinct couples.</summary>
    public static async Task<(Educator Mentor, Educator Mentee)> UnpairedAsync(PortalFactory factory, int index)
    {
        var staff = await factory.StaffOfAsync(Seeded.KhvSchool);
        await using var db = factory.Db();
        var paired = (await db.MentoringPairs.Where(p => p.MenteeId != null).Select(p => new { p.MentorId, p.MenteeId }).ToListAsync())
            .SelectMany(p => new[] { (p.MentorId, p.MenteeId!.Value), (p.MenteeId!.Value, p.MentorId) }).ToHashSet();
        return staff.SelectMany((a, i) => staff.Skip(i + 1).Select(b => (a, b))).Where(c => !paired.Contains((c.a.Id, c.b.Id))).ElementAt(index);
    }

    public static PairForm Pair(Educator mentor, Educator mentee) => new()
    {
        Kind = MentoringForm.TeacherToTeacher, MentorId = mentor.Id, MenteeId = mentee.Id, PeriodFrom = new DateOnly(2026, 10, 1),
        PeriodTo = new DateOnly(2027, 5, 31), CompetenceFocus = "урок",
    };

    public static async Task<MentoringPair> PairAsync(PortalFactory factory, MentoringProgram program, int index)
    {
        var (mentor, mentee) = await UnpairedAsync(factory, index);
        await using var db = factory.Db();
        var pair = new MentoringPair { RegionId = program.RegionId, OrganizationId = program.OrganizationId, ProgramId = program.Id };
        Pair(mentor, mentee).ApplyTo(pair);
        db.MentoringPairs.Add(pair);
        await db.SaveChangesAsync();
        return pair;
    }

    /// <summary>
    /// A teacher of <paramref name="organization"/> (not on the demo school's staff, in no registry yet) registered as its mentor, for its
    /// municipality or only for it: their educator id.
    /// </summary>
    public static async Task<int> MentorAtAsync(PortalFactory factory, string organization, bool forMunicipality, params int[] areaIds)
    {
        var at = await factory.OrganizationAsync(organization);
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        await using var db = factory.Db();
        var educator = await db.Employments
            .Where(e => e.OrganizationId == at.Id && e.EndDate == null && (e.StartDate == null || e.StartDate <= new DateOnly(2026, 9, 1))
                && !db.Mentors.Any(m => m.EducatorId == e.EducatorId)
                && !db.Employments.Any(x => x.EducatorId == e.EducatorId && x.OrganizationId == school.Id))
            .OrderBy(e => e.Id).Select(e => e.EducatorId).FirstAsync();
        db.Mentors.Add(new Mentor
        {
            RegionId = at.RegionId, OrganizationId = at.Id, EducatorId = educator, ForMunicipality = forMunicipality, CompetenceAreaIds = [.. areaIds],
            MaxPairs = 2,
        });
        await db.SaveChangesAsync();
        return educator;
    }

    public static async Task<MentoringPair?> ReloadAsync(PortalFactory factory, int pairId)
    {
        await using var db = factory.Db();
        return await db.MentoringPairs.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pairId);
    }
}
