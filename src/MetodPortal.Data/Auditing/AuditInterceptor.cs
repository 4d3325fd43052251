using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using MetodPortal.Data.Identity;
using MetodPortal.Domain.Audit;
using MetodPortal.Domain.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MetodPortal.Data.Auditing;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every added, modified or deleted row, in the same save (so the change and
/// its log line commit together). Keys are assigned on Add (HiLo), so new rows are logged with their real id.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Secrets =
        [nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp), nameof(Security.ApiToken.Hash)];

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddEntries(DbContext? context)
    {
        if (context is not PortalDbContext db)
        {
            return;
        }

        db.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not (AuditEntry or IUnaudited
                or Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey)) // a key is a secret, and not a user's change
            .ToList();
        foreach (var entry in changed)
        {
            var changes = Changes(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            db.AuditEntries.Add(new AuditEntry
            {
                At = now,
                UserId = db.CurrentUser.UserId,
                UserName = db.CurrentUser.UserName,
                RegionId = RegionOf(entry.Entity) ?? db.CurrentUser.Scope.RegionId,
                Action = entry.State switch
                {
                    EntityState.Added => AuditAction.Created,
                    EntityState.Deleted => AuditAction.Deleted,
                    _ => AuditAction.Modified,
                },
                EntityType = EntityName(entry.Metadata.ClrType),
                EntityId = KeyOf(entry),
                Changes = JsonSerializer.Serialize(changes, Json),
            });
        }
    }

    /// <summary>The short type name a person reads in the log: <c>IdentityUserRole`1</c> becomes <c>IdentityUserRole</c>.</summary>
    public static string EntityName(Type type) => type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;

    private static Dictionary<string, object?[]> Changes(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?[]>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            var before = entry.State == EntityState.Added ? null : property.OriginalValue;
            var after = entry.State == EntityState.Deleted ? null : property.CurrentValue;
            if (entry.State == EntityState.Modified && (!property.IsModified || Equals(before, after)))
            {
                continue;
            }

            changes[name] = Secrets.Contains(name) ? ["***", "***"] : [Loggable(before), Loggable(after)];
        }

        // A value object stored in the row (a form's declared counts) is logged field by field.
        foreach (var complex in entry.ComplexProperties)
        {
            foreach (var property in complex.Properties)
            {
                var before = entry.State == EntityState.Added ? null : property.OriginalValue;
                var after = entry.State == EntityState.Deleted ? null : property.CurrentValue;
                if (entry.State != EntityState.Modified || !Equals(before, after))
                {
                    changes[$"{complex.Metadata.Name}.{property.Metadata.Name}"] = [before, after];
                }
            }
        }

        return changes;
    }

    /// <summary>A stored file is logged by its size, not its bytes.</summary>
    private static object? Loggable(object? value) => value is byte[] bytes ? $"[{bytes.Length} байт]" : value;

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null
            ? null
            : string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }

    private static int? RegionOf(object entity) => entity switch
    {
        IRegionScoped scoped => scoped.RegionId,
        AppUser user => user.RegionId,
        _ => null,
    };
}
