using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence.Conversions;

namespace WorkflowAgency.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne<Engagement>().WithMany().HasForeignKey(m => m.EngagementId).OnDelete(DeleteBehavior.Cascade);

        builder.Property(m => m.MessageId).HasMaxLength(ColumnLengths.HeaderLine);
        builder.Property(m => m.To).HasMaxLength(ColumnLengths.Recipients);
        builder.Property(m => m.Subject).HasMaxLength(ColumnLengths.HeaderLine);
        builder.Property(m => m.Template).HasMaxLength(ColumnLengths.TemplatePath);
        builder.Property(m => m.Attachments).HasJsonConversion();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(ColumnLengths.Enum);
        builder.Property(m => m.ServerReply).HasMaxLength(ColumnLengths.HeaderLine);

        // The sender's "pending and due, oldest first".
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => m.EngagementId);
    }
}
