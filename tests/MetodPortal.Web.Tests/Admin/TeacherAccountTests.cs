using System.Globalization;
using System.Net;
using MetodPortal.Domain.Identity;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Admin;

public sealed class TeacherAccountTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ATeachersAccountIsLinkedToTheirRecordByPersonnelNumberAndShowsOnlyTheirRoutes()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        await using var db = factory.Db();
        var job = await db.Employments.AsNoTracking().Include(e => e.Educator)
            .Where(e => e.OrganizationId == school.Id && e.PersonnelNumber != null && db.Routes.Any(r => r.EducatorId == e.EducatorId))
            .OrderBy(e => e.Id).FirstAsync();
        using var admin = await factory.LoginAsync("admin@demo.local");

        var wrong = await admin.PostAsync("/admin/users/create",
            ("Email", "teacher2@school12.test"), ("FullName", job.Educator!.FullName), ("Role", Roles.Teacher),
            ("OrganizationId", school.Id.ToString(CultureInfo.InvariantCulture)), ("PersonnelNumber", "000-000"), ("Password", "Strong-Pass1"));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Укажите табельный номер педагога", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var created = await admin.PostAsync("/admin/users/create",
            ("Email", "teacher2@school12.test"), ("FullName", job.Educator.FullName), ("Role", Roles.Teacher),
            ("OrganizationId", school.Id.ToString(CultureInfo.InvariantCulture)), ("PersonnelNumber", job.PersonnelNumber!), ("Password", "Strong-Pass1"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(job.EducatorId, await db.Users.Where(u => u.Email == "teacher2@school12.test").Select(u => u.EducatorId).SingleAsync());

        using var teacher = await factory.LoginAsync("teacher2@school12.test", "Strong-Pass1");
        // The teacher's own list names no one: its links are exactly that educator's routes.
        var listed = (await teacher.GetPageAsync("/routes")).QuerySelectorAll("#routes-table tbody tr a").Select(a => a.GetAttribute("href")!);
        var own = await db.Routes.Where(r => r.EducatorId == job.EducatorId).Select(r => $"/routes/{r.Id}").ToListAsync();
        Assert.NotEmpty(own);
        Assert.Equal(own.Order(), listed.Order());
    }
}
