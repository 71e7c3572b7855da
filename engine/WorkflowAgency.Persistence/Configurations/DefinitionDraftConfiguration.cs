using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Persistence.Configurations;

internal sealed class DefinitionDraftConfiguration : IEntityTypeConfiguration<DefinitionDraft>
{
    public void Configure(EntityTypeBuilder<DefinitionDraft> builder)
    {
        builder.ToTable("DefinitionDrafts");
        builder.HasKey(d => d.DefinitionId);

        builder.Property(d => d.DefinitionId).HasMaxLength(ColumnLengths.Key);
        builder.Property(d => d.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(d => d.UpdatedBy).HasMaxLength(ColumnLengths.User);
        builder.Property(d => d.Revision).IsConcurrencyToken();
    }
}
