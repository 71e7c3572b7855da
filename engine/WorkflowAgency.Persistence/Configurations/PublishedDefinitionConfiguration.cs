using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Persistence.Configurations;

internal sealed class PublishedDefinitionConfiguration : IEntityTypeConfiguration<PublishedDefinition>
{
    public void Configure(EntityTypeBuilder<PublishedDefinition> builder)
    {
        builder.ToTable("DefinitionVersions");

        // The key doubles as the index for "versions of X, newest first" and "latest of X".
        builder.HasKey(v => new { v.DefinitionId, v.Version });
        builder.Property(v => v.Version).ValueGeneratedNever();

        builder.Property(v => v.DefinitionId).HasMaxLength(ColumnLengths.Key);
        builder.Property(v => v.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(v => v.PublishedBy).HasMaxLength(ColumnLengths.User);
        builder.Property(v => v.Note).HasMaxLength(ColumnLengths.Note);
        builder.Property(v => v.RetractedBy).HasMaxLength(ColumnLengths.User);
    }
}
