using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Persistence.Configurations;

internal sealed class StoredDocumentConfiguration : IEntityTypeConfiguration<StoredDocument>
{
    public void Configure(EntityTypeBuilder<StoredDocument> builder)
    {
        builder.ToTable("Documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<Engagement>().WithMany().HasForeignKey(d => d.EngagementId).OnDelete(DeleteBehavior.Cascade);

        builder.Property(d => d.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(d => d.Template).HasMaxLength(ColumnLengths.TemplatePath);
        builder.Property(d => d.TemplateVersion).HasMaxLength(ColumnLengths.Hash);

        // Two renderings can never claim the same version of one document.
        builder.HasIndex(d => new { d.EngagementId, d.Name, d.Version }).IsUnique();
    }
}
