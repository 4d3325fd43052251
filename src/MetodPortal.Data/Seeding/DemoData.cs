using MetodPortal.Data.Identity;
using MetodPortal.Domain.Identity;
using MetodPortal.Domain.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data.Seeding;

/// <summary>
/// Demo organizations of город Хабаровск and город Комсомольск-на-Амуре and the demo users (password
/// <see cref="Password"/>). Names are realistic; the people are invented.
/// </summary>
public static class DemoData
{
    public const string Password = "Demo-2026";

    /// <summary>The demo logins with their roles, as run.sh prints them.</summary>
    public static readonly IReadOnlyList<(string Email, string Role, string FullName)> Users =
    [
        ("admin@demo.local", Roles.SystemAdmin, "Администратор портала"),
        ("ministry@demo.local", Roles.Ministry, "Соколова Марина Викторовна"),
        ("cnppm@demo.local", Roles.RegionalMethodist, "Киселёв Андрей Николаевич"),
        ("coordinator@demo.local", Roles.Coordinator, "Белова Ирина Сергеевна"),
        ("methodist@demo.local", Roles.Methodist, "Громова Татьяна Алексеевна"),
        ("school@demo.local", Roles.SchoolAdmin, "Захаров Павел Игоревич"),
        ("school2@demo.local", Roles.SchoolAdmin, "Лебедева Наталья Юрьевна"),
        ("teacher@demo.local", Roles.Teacher, "Орлова Екатерина Дмитриевна"),
    ];

    internal static async Task SeedAsync(PortalDbContext db, Region region, TimeProvider clock, CancellationToken ct)
    {
        var municipalities = await db.Municipalities.Where(m => m.RegionId == region.Id).ToDictionaryAsync(m => m.Code, ct);
        var khv = municipalities["KHV"];
        var kms = municipalities["KMS"];
        var regional = await db.Organizations.Where(o => o.RegionId == region.Id && o.MunicipalityId == null).ToDictionaryAsync(o => o.Type, ct);

        var authority = Add(db, khv, "Управление образования администрации города Хабаровска", "Управление образования г. Хабаровска",
            OrganizationType.EducationAuthority);
        var centre = Add(db, khv, "Муниципальное автономное учреждение «Центр развития образования» г. Хабаровска", "МАУ «ЦРО»",
            OrganizationType.EducationDevelopmentCentre);
        Add(db, khv, "Муниципальный опорный центр дополнительного образования детей г. Хабаровска", "МОЦ г. Хабаровска", OrganizationType.SupportCentre);
        var school12 = Add(db, khv, "Муниципальное автономное общеобразовательное учреждение г. Хабаровска «Средняя школа № 12»", "МАОУ «СШ № 12»",
            OrganizationType.School, "2721000012");
        var gymnasium4 = Add(db, khv, "Муниципальное бюджетное общеобразовательное учреждение г. Хабаровска «Гимназия № 4»", "МБОУ «Гимназия № 4»",
            OrganizationType.School, "2721000004");
        Add(db, khv, "Муниципальное автономное общеобразовательное учреждение г. Хабаровска «Лицей инновационных технологий»", "МАОУ «ЛИТ»",
            OrganizationType.School);
        Add(db, khv, "Муниципальное бюджетное общеобразовательное учреждение г. Хабаровска «Средняя школа № 58»", "МБОУ «СШ № 58»", OrganizationType.School);
        var kindergarten141 = Add(db, khv, "Муниципальное автономное дошкольное образовательное учреждение г. Хабаровска «Детский сад № 141»",
            "МАДОУ № 141", OrganizationType.Kindergarten);
        Add(db, khv, "Муниципальное бюджетное дошкольное образовательное учреждение г. Хабаровска «Детский сад комбинированного вида № 37»",
            "МБДОУ № 37", OrganizationType.Kindergarten);
        Add(db, khv, "Муниципальное автономное учреждение дополнительного образования г. Хабаровска «Центр детского творчества «Радуга»»",
            "МАУ ДО ЦДТ «Радуга»", OrganizationType.AdditionalEducation);

        Add(db, kms, "Управление образования администрации города Комсомольска-на-Амуре", "Управление образования г. Комсомольска-на-Амуре",
            OrganizationType.EducationAuthority);
        var school31 = Add(db, kms, "Муниципальное общеобразовательное учреждение «Средняя общеобразовательная школа № 31» г. Комсомольска-на-Амуре",
            "МОУ СОШ № 31", OrganizationType.School, "2703000031");
        Add(db, kms, "Муниципальное общеобразовательное учреждение «Гимназия № 9» г. Комсомольска-на-Амуре", "МОУ «Гимназия № 9»", OrganizationType.School);
        var lyceum33 = Add(db, kms, "Муниципальное общеобразовательное учреждение «Лицей № 33» г. Комсомольска-на-Амуре", "МОУ «Лицей № 33»",
            OrganizationType.School);
        Add(db, kms, "Муниципальное дошкольное образовательное учреждение «Детский сад № 104» г. Комсомольска-на-Амуре", "МДОУ № 104",
            OrganizationType.Kindergarten);
        Add(db, kms, "Муниципальное дошкольное образовательное учреждение «Центр развития ребёнка — детский сад № 72» г. Комсомольска-на-Амуре",
            "МДОУ ЦРР № 72", OrganizationType.Kindergarten);

        Status(db, school12, OrganizationStatusKind.InnovationSite, OrganizationStatusLevel.Regional,
            "Формирование функциональной грамотности обучающихся через сетевое взаимодействие", "458-р", new DateOnly(2024, 9, 1), new DateOnly(2027, 8, 31));
        Status(db, gymnasium4, OrganizationStatusKind.InternshipSite, OrganizationStatusLevel.Municipal,
            "Наставничество как ресурс профессионального роста молодого педагога", "270", new DateOnly(2025, 1, 15), new DateOnly(2026, 12, 31));
        Status(db, kindergarten141, OrganizationStatusKind.InnovationSite, OrganizationStatusLevel.Municipal,
            "Инженерное мышление дошкольников: STEM-образование в детском саду", "1120", new DateOnly(2025, 9, 1), null);
        Status(db, lyceum33, OrganizationStatusKind.InternshipSite, OrganizationStatusLevel.Regional,
            "Цифровые компетенции педагога: практики смешанного обучения", "312-р", new DateOnly(2026, 2, 1), new DateOnly(2028, 1, 31));
        await db.SaveChangesAsync(ct);
        var teacher = await DemoStaff.SeedAsync(db, region, ct);

        var organizationOf = new Dictionary<string, Organization?>
        {
            ["admin@demo.local"] = null,
            ["ministry@demo.local"] = regional[OrganizationType.Ministry],
            ["cnppm@demo.local"] = regional[OrganizationType.ProfessionalExcellenceCentre],
            ["coordinator@demo.local"] = authority,
            ["methodist@demo.local"] = centre,
            ["school@demo.local"] = school12,
            ["school2@demo.local"] = school31,
            ["teacher@demo.local"] = school12,
        };
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, ct);
        var hasher = new PasswordHasher<AppUser>();
        foreach (var (email, role, fullName) in Users)
        {
            var organization = organizationOf[email];
            var user = new AppUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, FullName = fullName, OrganizationId = organization?.Id, RegionId = organization?.RegionId,
                SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true,
                CreatedAt = clock.GetUtcNow(), EducatorId = role == Roles.Teacher ? teacher.Id : null,
            };
            user.PasswordHash = hasher.HashPassword(user, Password);
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<int> { UserId = user.Id, RoleId = roles[role].Id });
        }

        await db.SaveChangesAsync(ct);
        await DemoDiagnostics.SeedAsync(db, region, teacher, ct);
        await DemoSupport.SeedAsync(db, region, teacher, ct);
        await DemoMonitoring.SeedAsync(db, region, ct);
        await DemoOffers.SeedAsync(db, region, ct);
        await DemoPractices.SeedAsync(db, region, teacher, ct);
        await DemoEventTopics.SeedAsync(db, region, ct);
        await DemoAssetTraining.SeedAsync(db, region, ct);
        await DemoSites.SeedAsync(db, region, ct);
        await DemoPlan.SeedAsync(db, region, ct);
        await DemoNotices.SeedAsync(db, region, ct);
    }

    private static Organization Add(PortalDbContext db, Municipality municipality, string name, string shortName, OrganizationType type, string? inn = null)
    {
        var institutional = type is OrganizationType.School or OrganizationType.Kindergarten or OrganizationType.AdditionalEducation;
        return db.AddOrganization(new Organization
        {
            RegionId = municipality.RegionId, MunicipalityId = municipality.Id, Name = name, ShortName = shortName, Type = type, Inn = inn,
            Level = institutional ? OrganizationLevel.Institutional : OrganizationLevel.Municipal,
            CountsInIndicators = institutional,
        });
    }

    private static void Status(
        PortalDbContext db, Organization organization, OrganizationStatusKind kind, OrganizationStatusLevel level, string theme, string order,
            DateOnly from, DateOnly? to) =>
        db.OrganizationStatuses.Add(new OrganizationStatus
        {
            RegionId = organization.RegionId, OrganizationId = organization.Id, Kind = kind, Level = level, Theme = theme,
            OrderNumber = order, OrderDate = from.AddDays(-14), ValidFrom = from, ValidTo = to,
        });
}
