using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data.Seeding;

/// <summary>
/// Invented staff for the demo schools and kindergartens: a head, a deputy, young teachers in their first years and
/// veterans, and one teacher who works at two schools (one person, two employments). Deterministic: the same seed
/// always gives the same people.
/// </summary>
internal static class DemoStaff
{
    private static readonly string[] MaleLast = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
        "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров"];
    private static readonly string[] MaleFirst = ["Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Артём", "Илья", "Кирилл", "Михаил"];
    private static readonly string[] FemaleFirst = ["Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Екатерина", "Юлия",
        "Анастасия", "Дарья"];
    private static readonly string[] Patronymic = ["Александров", "Сергеев", "Владимиров", "Николаев", "Андреев", "Викторов", "Игорев", "Павлов"];

    /// <returns>The educator behind the demo teacher's account (teacher@demo.local).</returns>
    public static async Task<Educator> SeedAsync(PortalDbContext db, Region region, CancellationToken ct)
    {
        var reference = new DateOnly(2026, 9, 1);
        var random = new Random(2026);
        var institutions = await db.Organizations.Where(o => o.RegionId == region.Id && o.Level == OrganizationLevel.Institutional)
            .OrderBy(o => o.Id).ToListAsync(ct);
        var people = new List<Educator>();
        foreach (var organization in institutions)
        {
            var preschool = organization.Type == OrganizationType.Kindergarten;
            var staffCount = preschool ? 8 : 12;
            for (var i = 0; i < staffCount; i++)
            {
                var (position, head) = i switch
                {
                    0 => (Position.Head, true),
                    1 => (Position.DeputyHead, false),
                    2 => (preschool ? Position.SeniorCaregiver : Position.Psychologist, false),
                    _ => (preschool ? Position.Caregiver : Position.Teacher, false),
                };

                // Every third teacher is young and new to the profession; the rest are experienced.
                var young = i >= 3 && i % 3 == 0;
                var age = young ? random.Next(22, 30) : random.Next(36, 62);
                var birth = reference.AddYears(-age).AddDays(-random.Next(0, 364));
                var start = young ? reference.AddYears(-random.Next(0, 3)).AddDays(-random.Next(0, 200)) : birth.AddYears(22 + random.Next(0, 5));
                var educator = Person(random, birth, position, head, start, reference, region.Id);
                if (head && institutions.IndexOf(organization) % 3 == 1)
                {
                    // Not every head holds the highest category (indicator 6 would be 100 %).
                    educator.Category = QualificationCategory.First;
                }

                if (!people.Any(p => p.MatchKey == educator.MatchKey))
                {
                    people.Add(educator);
                    db.Educators.Add(educator);
                    Employ(db, educator, organization, position, $"{organization.Id % 1000:000}-{i + 1:000}", isMain: true,
                        young ? start : Hired(start, institutions.IndexOf(organization) + i));
                }
            }
        }

        // One teacher of МАОУ «СШ № 12» also teaches part-time at МБОУ «Гимназия № 4»: one person, two employments.
        var school12 = institutions.First(o => o.ShortName == "МАОУ «СШ № 12»");
        var gymnasium4 = institutions.First(o => o.ShortName == "МБОУ «Гимназия № 4»");
        var shared = people.First(p => p.Employments.Any(e => e.OrganizationId == school12.Id && e.Position == Position.Teacher));
        Employ(db, shared, gymnasium4, Position.Teacher, "SOV-001", isMain: false, new DateOnly(2024, 9, 1));

        // The demo teacher's own record: a young teacher of МАОУ «СШ № 12» in her third year.
        var teacher = new Educator
        {
            RegionId = region.Id, LastName = "Орлова", FirstName = "Екатерина", MiddleName = "Дмитриевна", BirthDate = new DateOnly(2000, 3, 14),
            Position = Position.Teacher, Category = QualificationCategory.None, ProfessionStartDate = new DateOnly(2024, 9, 1), Email = "teacher@demo.local",
            MatchKey = EducatorIdentity.MatchKey("Орлова", "Екатерина", "Дмитриевна", new DateOnly(2000, 3, 14)),
        };
        db.Educators.Add(teacher);
        Employ(db, teacher, school12, Position.Teacher, $"{school12.Id % 1000:000}-013", isMain: true, new DateOnly(2024, 9, 1));
        await db.SaveChangesAsync(ct);
        return teacher;
    }

    private static Educator Person(Random random, DateOnly birth, Position position, bool head, DateOnly start, DateOnly reference, int regionId)
    {
        var female = random.Next(100) < 80;
        var last = MaleLast[random.Next(MaleLast.Length)];
        var first = female ? FemaleFirst[random.Next(FemaleFirst.Length)] : MaleFirst[random.Next(MaleFirst.Length)];
        var middle = Patronymic[random.Next(Patronymic.Length)] + (female ? "на" : "ич");
        if (female)
        {
            last += "а";
        }

        // The draws stay as they were, so the rest of the demo does not move; the category is then made believable.
        var drawn = (QualificationCategory)random.Next(0, 4);
        DateOnly? dated = drawn == QualificationCategory.None && !head ? null
            : new DateOnly(2021 + random.Next(0, 5), 1 + random.Next(0, 12), 1 + random.Next(0, 28));
        var category = Believable(head ? QualificationCategory.Highest : drawn, start, reference);
        return new Educator
        {
            RegionId = regionId, LastName = last, FirstName = first, MiddleName = middle, BirthDate = birth, Position = position, IsHead = head,
            IsDeputy = position == Position.DeputyHead, Category = category,
            CategoryDate = category == QualificationCategory.None || dated is not { } date ? null
                : date < start.AddYears(2) ? start.AddYears(2) : date,
            ProfessionStartDate = start, MatchKey = EducatorIdentity.MatchKey(last, first, middle, birth),
        };
    }

    /// <summary>
    /// As attestation goes: no category in the first two years of work, and the highest only after the first and two years more (five years in
    /// all) — no 24-year-old in their first years holds the highest category.
    /// </summary>
    private static QualificationCategory Believable(QualificationCategory category, DateOnly start, DateOnly reference) =>
        start > reference.AddYears(-2) ? QualificationCategory.None
            : start > reference.AddYears(-5) && category == QualificationCategory.Highest ? QualificationCategory.First
            : category;

    /// <summary>An experienced person came to this organization on a 1 September between 2007 and 2024 (never before they began to work),
    /// not at the start of their career: a staff list where everyone has worked in one school for thirty years is not believed.</summary>
    private static DateOnly Hired(DateOnly start, int spread)
    {
        var hired = new DateOnly(2024 - (spread % 18), 9, 1);
        return hired > start ? hired : start;
    }

    private static void Employ(PortalDbContext db, Educator educator, Organization organization, Position position, string number, bool isMain, DateOnly start)
    {
        var job = new Employment
        {
            RegionId = organization.RegionId, OrganizationId = organization.Id, EducatorId = educator.Id, Position = position,
            PersonnelNumber = number, IsMain = isMain, StartDate = start,
        };
        db.Employments.Add(job);
        educator.Employments.Add(job);
    }
}
