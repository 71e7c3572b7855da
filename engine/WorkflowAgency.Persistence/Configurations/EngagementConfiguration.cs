using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence.Conversions;

namespace WorkflowAgency.Persistence.Configurations;

internal sealed class EngagementConfiguration : IEntityTypeConfiguration<Engagement>
{
    public void Configure(EntityTypeBuilder<Engagement> builder)
    {
        builder.ToTable("Engagements");
        builder.HasKey(e => e.Id);

        // The engine creates ids (version 7, so inserts land at the end of the index).
        builder.Property(e => e.Id).ValueGeneratedNever();

        builder.Property(e => e.DefinitionId).HasMaxLength(ColumnLengths.Key);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(ColumnLengths.Enum);
        builder.Property(e => e.Stage).HasMaxLength(ColumnLengths.Key);
        builder.Property(e => e.ClientName).HasMaxLength(ColumnLengths.Name);
        builder.Property(e => e.ClientCompany).HasMaxLength(ColumnLengths.Name);
        builder.Property(e => e.ClientEmail).HasMaxLength(ColumnLengths.Email);
        builder.Property(e => e.Owner).HasMaxLength(ColumnLengths.User);
        builder.Property(e => e.Result).HasMaxLength(ColumnLengths.Key);
        builder.Property(e => e.Variables).HasJsonObjectConversion();
        builder.Property(e => e.Execution).HasJsonConversion();
        builder.Property(e => e.Revision).IsConcurrencyToken();

        builder.HasIndex(e => e.Status);
        builder.HasIndex(e => e.Stage);
        builder.HasIndex(e => e.Owner);
        // No index on ClientName: the list searches names with a contains pattern (LIKE '%x%'), which no B-tree
        // serves, and every start paid for one at a random place (a page written back per start at 100k stored).
        // The list is ordered newest first, and new engagements append at the end of this one.
        builder.HasIndex(e => new { e.CreatedAt, e.Id });
        // Only engagements with something due are looked up by it; the rest stay out of the index.
        builder.HasIndex(e => e.NextDueAt).HasFilter("\"NextDueAt\" IS NOT NULL");
        builder.HasIndex(e => new { e.DefinitionId, e.DefinitionVersion });
    }
}
