using MetodPortal.Data.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Security;

internal sealed class ProgressNoteConfiguration : IEntityTypeConfiguration<ProgressNote>
{
    public void Configure(EntityTypeBuilder<ProgressNote> builder)
    {
        builder.HasKey(n => new { n.UserId, n.Ticket });
        builder.Property(n => n.Ticket).HasMaxLength(32);
        builder.Property(n => n.Stage).HasMaxLength(100);
        builder.Property(n => n.Unit).HasMaxLength(30);
        builder.HasIndex(n => n.Written); // the purge
    }
}
