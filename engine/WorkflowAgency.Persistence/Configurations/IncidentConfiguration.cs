using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Persistence.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.ToTable("Incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasOne<Engagement>().WithMany().HasForeignKey(i => i.EngagementId).OnDelete(DeleteBehavior.Cascade);

        builder.Property(i => i.Stage).HasMaxLength(ColumnLengths.Key);
        builder.Property(i => i.StepId).HasMaxLength(ColumnLengths.Key);
        builder.Property(i => i.ResolvedBy).HasMaxLength(ColumnLengths.User);

        // An email incident points at the message to send again. Indexed, not a foreign key: on SQLite adding a key
        // rebuilds the table with foreign keys switched off outside the migration's transaction, and an upgrade
        // interrupted there would be left half-done. The outbox store writes both rows in one transaction anyway.
        builder.HasIndex(i => i.OutboxMessageId);

        // "Open incidents of this engagement" is ResolvedAt IS NULL within one engagement.
        builder.HasIndex(i => new { i.EngagementId, i.ResolvedAt });
    }
}
