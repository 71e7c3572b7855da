using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence.Conversions;

namespace WorkflowAgency.Persistence.Configurations;

internal sealed class WorkTaskConfiguration : IEntityTypeConfiguration<WorkTask>
{
    public void Configure(EntityTypeBuilder<WorkTask> builder)
    {
        builder.ToTable("Tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.HasOne<Engagement>().WithMany().HasForeignKey(t => t.EngagementId).OnDelete(DeleteBehavior.Cascade);

        builder.Property(t => t.Stage).HasMaxLength(ColumnLengths.Key);
        builder.Property(t => t.StepId).HasMaxLength(ColumnLengths.Key);
        builder.Property(t => t.Title).HasMaxLength(ColumnLengths.Title);
        builder.Property(t => t.AssigneeUser).HasMaxLength(ColumnLengths.User);
        builder.Property(t => t.AssigneeGroup).HasMaxLength(ColumnLengths.User);
        builder.Property(t => t.ClaimedBy).HasMaxLength(ColumnLengths.User);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(ColumnLengths.Enum);

        // A number, not a name: the inbox sorts by it and its numeric order is the meaningful one.
        builder.Property(t => t.Priority).HasConversion<int>();

        builder.Property(t => t.CompletedBy).HasMaxLength(ColumnLengths.User);
        builder.Property(t => t.Outcome).HasMaxLength(ColumnLengths.Key);
        builder.Property(t => t.Data).HasJsonObjectConversion();
        builder.Property(t => t.Revision).IsConcurrencyToken();

        // The inbox: "open tasks for me", "open tasks for my groups", "what I have claimed", soonest due first.
        // Partial indexes over open tasks only: closed tasks are most of the table and the inbox never looks them
        // up by assignee, so completing a task deletes its entries instead of rewriting them, and a task enters
        // only the indexes whose column it has. Each completion then writes a few index pages fewer to the WAL.
        // The filters are plain SQL that SQLite and PostgreSQL read alike.
        builder.HasIndex(t => t.AssigneeUser, "IX_Tasks_Open_AssigneeUser").HasFilter(OpenAnd("AssigneeUser"));
        builder.HasIndex(t => t.AssigneeGroup, "IX_Tasks_Open_AssigneeGroup").HasFilter(OpenAnd("AssigneeGroup"));
        builder.HasIndex(t => t.ClaimedBy, "IX_Tasks_Open_ClaimedBy").HasFilter(OpenAnd("ClaimedBy"));
        builder.HasIndex(t => t.DueAt, "IX_Tasks_Open_DueAt").HasFilter(OpenAnd("DueAt"));
        builder.HasIndex(t => t.EngagementId);
    }

    private static string OpenAnd(string column) => $"\"Status\" = '{nameof(WorkTaskStatus.Open)}' AND \"{column}\" IS NOT NULL";
}
