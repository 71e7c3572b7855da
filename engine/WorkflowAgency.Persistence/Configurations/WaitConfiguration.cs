using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Persistence.Configurations;

internal sealed class WaitConfiguration : IEntityTypeConfiguration<Wait>
{
    public void Configure(EntityTypeBuilder<Wait> builder)
    {
        builder.ToTable("Waits");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.HasOne<Engagement>().WithMany().HasForeignKey(w => w.EngagementId).OnDelete(DeleteBehavior.Cascade);

        builder.Property(w => w.Stage).HasMaxLength(ColumnLengths.Key);
        builder.Property(w => w.StepId).HasMaxLength(ColumnLengths.Key);
        builder.Property(w => w.Kind).HasConversion<string>().HasMaxLength(ColumnLengths.Enum);
        builder.Property(w => w.Name).HasMaxLength(ColumnLengths.Key);

        // The timer worker's "due now, earliest first" is a range scan of this index.
        builder.HasIndex(w => w.DueAt);
        builder.HasIndex(w => w.EngagementId);
    }
}
