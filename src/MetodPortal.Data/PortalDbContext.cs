using MetodPortal.Data.Identity;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain;
using MetodPortal.Domain.Audit;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace MetodPortal.Data;

/// <summary>
/// The portal's one DbContext; a partial file per module. The <see cref="CurrentUser"/>, read from its source at each query and save,
/// drives the query filters (reads) and the scope guard (writes).
/// </summary>
public partial class PortalDbContext(DbContextOptions<PortalDbContext> options, ICurrentUserSource currentUser)
    : IdentityDbContext<AppUser, AppRole, int>(options)
{
    /// <summary>One sequence hands out every key, in blocks, before insert: audit lines and paths can use the id at once.</summary>
    public const string KeySequence = "entity_ids";

    /// <summary>Ids fetched per round trip: an import of thousands of rows must not ask the database for every tenth id.</summary>
    public const int KeyBlockSize = 100;

    public CurrentUser CurrentUser => currentUser.Current;

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasSequence<long>(KeySequence).IncrementsBy(KeyBlockSize);
        builder.UseHiLo(KeySequence);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        AddScopeFilters(builder);
        AddVersions(builder);
        NameKeySequence(builder);
        RussianText.Register(builder);
    }

    /// <summary>
    /// The page the user edited was built from <paramref name="version"/> of the record: saving it fails (and changes
    /// nothing) if someone has changed the record since. Without a version only a save racing another is refused.
    /// </summary>
    public void ExpectVersion<T>(T entity, uint? version)
        where T : class, IVersioned
    {
        if (version is { } expected)
        {
            Entry(entity).Property(e => e.Version).OriginalValue = expected;
        }
    }

    /// <summary>
    /// Each key names its sequence: in a model snapshot a key without the name reads as «the default sequence», and EF
    /// would then see a second one (EntityFrameworkHiLoSequence) and drop or create it in every migration.
    /// </summary>
    private static void NameKeySequence(ModelBuilder builder)
    {
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties())
                     .Where(p => p.GetValueGenerationStrategy() == NpgsqlValueGenerationStrategy.SequenceHiLo))
        {
            property.SetHiLoSequenceName(KeySequence);
        }
    }

    /// <summary>The version of an <see cref="IVersioned"/> record is the system column xmin: no column to add or migrate.</summary>
    private static void AddVersions(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)).ToList())
        {
            builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsRowVersion().HasColumnName("xmin");
        }
    }
}
