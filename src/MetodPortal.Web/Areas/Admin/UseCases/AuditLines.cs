using System.Text.Json;
using MetodPortal.Data;
using MetodPortal.Data.Auditing;
using MetodPortal.Domain;
using MetodPortal.Domain.Audit;
using MetodPortal.Domain.Identity;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MetodPortal.Web.Areas.Admin.UseCases;

/// <summary>
/// One line of the change log as an official reads it: who by name, the record by its Russian name and a link, each field's values as the
/// pages show them.
/// </summary>
public sealed record AuditLine(long Id, DateTimeOffset At, string Who, string? Login, string Action, string Record, string EntityType, string? EntityId,
    string? Link, IReadOnlyList<AuditChange> Changes);

public sealed record AuditChange(string Field, string Before, string After);

/// <summary>
/// Makes change-log entries readable: the acting user's name instead of «Пользователь № 671», enum values by their Russian names, dates as
/// dd.MM.yyyy in the region's time, ids of people, organizations and catalogue records by their names (read through the user's scope, so an
/// out-of-scope name stays a number), and a link to the record's page where it has one.
/// </summary>
public static class AuditLines
{
    /// <summary>Pages of the records that have one, by record type.</summary>
    private static readonly Dictionary<string, string> Pages = new()
    {
        ["Educator"] = "/staff/{0}", ["Organization"] = "/organizations/{0}", ["Diagnostic"] = "/diagnostics/{0}", ["IndividualRoute"] = "/routes/{0}",
        ["MonitoringForm"] = "/monitoring/forms/{0}", ["MonitoringCampaign"] = "/monitoring/{0}", ["MentoringProgram"] = "/mentoring/{0}",
        ["Community"] = "/communities/{0}", ["MethodicalEvent"] = "/events/{0}", ["ProfessionalProgram"] = "/programs/{0}", ["Practice"] = "/practices/{0}",
        ["MeasurePlan"] = "/plan/{0}", ["PlanMeasure"] = "/plan/measures/{0}", ["AnalyticReport"] = "/analysis/{0}", ["Expert"] = "/experts/{0}",
        ["AppUser"] = "/admin/users/{0}/edit", ["OrganizationStatus"] = "/sites/{0}",
    };

    /// <summary>Fields holding a person's or a catalogue record's id that the model does not declare as a foreign key.</summary>
    private static readonly Dictionary<string, string> NamedIds = new()
    {
        ["MentorId"] = "Educator", ["MenteeId"] = "Educator", ["CuratorId"] = "Educator", ["ExpertEducatorId"] = "Educator",
        ["CompetenceAreaIds"] = "CompetenceArea", ["AuthorIds"] = "Educator", ["ResponsibleIds"] = "Organization", ["ExecutorUserIds"] = "AppUser",
    };

    /// <summary>Technical fields that repeat others (a search key made of the name and birth date, a normalized e-mail) or mean nothing to a person.</summary>
    private static readonly HashSet<string> Technical =
        ["MatchKey", "NormalizedName", "NormalizedEmail", "NormalizedUserName", "ConcurrencyStamp", "SecurityStamp", "Version", "Path"];

    public static async Task<Page<AuditLine>> ReadAsync(PortalDbContext db, Page<AuditEntry> page, CancellationToken ct)
    {
        var entries = page.Items.Select(e => (Entry: e, Changes: Parse(e.Changes))).ToList();
        var wanted = new Dictionary<string, HashSet<int>>();
        foreach (var (entry, changes) in entries)
        {
            Want(wanted, "AppUser", entry.UserId);
            foreach (var (field, values) in changes)
            {
                if (TargetOf(db.Model, entry.EntityType, field) is { } target)
                {
                    foreach (var id in values.SelectMany(Ids))
                    {
                        Want(wanted, target, id);
                    }
                }
            }
        }

        var names = await NamesAsync(db, wanted, ct);
        return page.With<AuditLine>([.. entries.Select(e => Line(db.Model, e.Entry, e.Changes, names))]);
    }

    private static AuditLine Line(IModel model, AuditEntry entry, List<(string Field, JsonElement[] Values)> changes,
        Dictionary<(string, int), string> names)
    {
        var who = entry.UserId is { } user ? names.GetValueOrDefault(("AppUser", user)) ?? entry.UserName ?? "—" : entry.UserName ?? "система";
        var type = AuditNames.OfType(entry.EntityType) ?? entry.EntityType;
        var link = entry.Action != AuditAction.Deleted && entry.EntityId is { } id && Pages.TryGetValue(entry.EntityType, out var template)
            ? string.Format(Display.Russian, template, id) : null;
        return new AuditLine(entry.Id, entry.At, who, entry.UserName, entry.Action.Name(), entry.EntityId is null ? type : $"{type} № {entry.EntityId}",
            entry.EntityType, entry.EntityId, link,
            [.. changes.Select(c => new AuditChange(AuditNames.OfField(entry.EntityType, c.Field) ?? c.Field,
                Show(model, entry.EntityType, c.Field, c.Values[0], names), Show(model, entry.EntityType, c.Field, c.Values[1], names)))]);
    }

    private static string Show(IModel model, string entityType, string field, JsonElement value, Dictionary<(string, int), string> names)
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return "—";
        }

        if (TargetOf(model, entityType, field) is { } target)
        {
            return string.Join(", ", Ids(value).Select(id => names.GetValueOrDefault((target, id))
                ?? $"{AuditNames.OfType(target) ?? target} № {id}"));
        }

        var clr = ClrTypeOf(model, entityType, field);
        if (entityType == "AppRole" && field is "Name" or "NormalizedName" && value.ValueKind == JsonValueKind.String)
        {
            return RoleName(value.GetString()!);
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => "да",
            JsonValueKind.False => "нет",
            JsonValueKind.String when clr is { IsEnum: true } && Enum.TryParse(clr, value.GetString(), out var parsed) => EnumText((Enum)parsed!),
            JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(v => Display.Stored(v))),
            _ => Display.Stored(value),
        };
    }

    /// <summary>A role by its Russian name, whether stored as named or normalized.</summary>
    private static string RoleName(string stored) =>
        Roles.DisplayName(Roles.All.FirstOrDefault(r => string.Equals(r, stored, StringComparison.OrdinalIgnoreCase)) ?? stored);

    /// <summary>An enum value by its Russian name; a set of flags by each flag's.</summary>
    private static string EnumText(Enum value) =>
        value.GetType().IsDefined(typeof(FlagsAttribute), false) && !Enum.IsDefined(value.GetType(), value)
            ? string.Join(", ", Enum.GetValues(value.GetType()).Cast<Enum>().Where(f => Convert.ToInt64(f, Display.Russian) != 0 && value.HasFlag(f))
                .Select(DisplayNames.Of))
            : DisplayNames.Of(value);

    /// <summary>The record type a field points to: the model's foreign key, or a known id field.</summary>
    private static string? TargetOf(IModel model, string entityType, string field)
    {
        var property = EntityOf(model, entityType)?.FindProperty(field);
        var principal = property?.GetContainingForeignKeys().FirstOrDefault()?.PrincipalEntityType.ClrType;
        return principal is not null ? AuditInterceptor.EntityName(principal)
            : NamedIds.GetValueOrDefault(field) ?? (field.EndsWith("UserId", StringComparison.Ordinal) ? "AppUser" : null);
    }

    private static Type? ClrTypeOf(IModel model, string entityType, string field)
    {
        var type = EntityOf(model, entityType)?.FindProperty(field)?.ClrType;
        return type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
    }

    private static IEntityType? EntityOf(IModel model, string entityType) =>
        model.GetEntityTypes().FirstOrDefault(t => !t.HasSharedClrType && AuditInterceptor.EntityName(t.ClrType) == entityType);

    private static IEnumerable<int> Ids(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt32(out var id) => [id],
        JsonValueKind.Array => value.EnumerateArray().SelectMany(Ids),
        _ => [],
    };

    private static void Want(Dictionary<string, HashSet<int>> wanted, string type, int? id)
    {
        if (id is { } value)
        {
            (wanted.TryGetValue(type, out var ids) ? ids : wanted[type] = []).Add(value);
        }
    }

    private static List<(string Field, JsonElement[] Values)> Parse(string? changes)
    {
        if (changes is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(changes);
        return [.. document.RootElement.EnumerateObject().Where(p => !Technical.Contains(p.Name))
            .Select(p => (p.Name, p.Value.EnumerateArray().Select(v => v.Clone()).ToArray()))];
    }

    /// <summary>The names of the wanted records the user can read, one query per record type.</summary>
    private static async Task<Dictionary<(string, int), string>> NamesAsync(PortalDbContext db, Dictionary<string, HashSet<int>> wanted,
        CancellationToken ct)
    {
        var names = new Dictionary<(string, int), string>();
        foreach (var (type, set) in wanted)
        {
            var ids = set.ToList();
            var found = NamesOf(db, type, ids) is { } query ? await query.ToListAsync(ct) : [];
            foreach (var record in found)
            {
                names[(type, record.Id)] = type == "AppRole" ? RoleName(record.Name) : record.Name;
            }
        }

        return names;
    }

    private static IQueryable<Named>? NamesOf(PortalDbContext db, string type, List<int> ids) => type switch
    {
        "AppRole" => db.Roles.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new Named(r.Id, r.Name ?? "")),
        "AppUser" => db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new Named(u.Id, u.FullName)),
        "Educator" => db.Educators.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new Named(e.Id, e.FullName)),
        "Organization" => db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new Named(o.Id, o.ShortName ?? o.Name)),
        "Municipality" => db.Municipalities.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new Named(m.Id, m.Name)),
        "Region" => db.Regions.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new Named(r.Id, r.Name)),
        "CompetenceArea" => db.CompetenceAreas.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new Named(a.Id, a.Name)),
        "DiagnosticInstrument" => db.DiagnosticInstruments.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => new Named(i.Id, i.Title)),
        "ProfessionalProgram" => db.ProfessionalPrograms.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new Named(p.Id, p.Title)),
        "MonitoringCampaign" => db.MonitoringCampaigns.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new Named(c.Id, "мониторинг за " + c.Year + " год")),
        _ => null,
    };

    private sealed record Named(int Id, string Name);
}
