using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence.Conversions;

namespace WorkflowAgency.Persistence.Configurations;

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("Journal");
        builder.HasKey(j => j.Id);

        // Ids only grow, so they order an engagement's history even when two lines share a timestamp.
        builder.Property(j => j.Id).ValueGeneratedOnAdd();
        builder.HasOne<Engagement>().WithMany().HasForeignKey(j => j.EngagementId).OnDelete(DeleteBehavior.Cascade);

        builder.Property(j => j.Kind).HasConversion<string>().HasMaxLength(ColumnLengths.Enum);
        builder.Property(j => j.Stage).HasMaxLength(ColumnLengths.Key);
        builder.Property(j => j.StepId).HasMaxLength(ColumnLengths.Key);
        builder.Property(j => j.Actor).HasMaxLength(ColumnLengths.User);
        builder.Property(j => j.Outcome).HasMaxLength(ColumnLengths.Key);
        builder.Property(j => j.Data).HasJsonObjectConversion();

        builder.HasIndex(j => new { j.EngagementId, j.Id });
        builder.HasIndex(j => j.At);
    }
}
