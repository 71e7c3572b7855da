using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Persistence.Rows;

/// <summary>Withdraws one task if, and only if, it is still open, moving its revision so a claim made on the old one conflicts.</summary>
/// <remarks>
/// Conditional on Open, so a task completed by the same commit (or earlier) keeps its outcome. One statement
/// per id rather than an IN list: a transition cancels a handful of tasks at most, and a fixed statement stays prepared.
/// </remarks>
internal sealed class TaskWithdrawal
{
    private readonly RowColumn<WorkTask> _key;
    private readonly object _cancelled;
    private readonly object _open;

    public TaskWithdrawal(RowMap<WorkTask> tasks, ISqlGenerationHelper sql)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(sql);

        var status = tasks.Column(nameof(WorkTask.Status));
        var revision = sql.DelimitIdentifier(tasks.Column(nameof(WorkTask.Revision)).Name);
        _key = tasks.KeyColumns.Single();
        _cancelled = status.ToProvider(WorkTaskStatus.Cancelled);
        _open = status.ToProvider(WorkTaskStatus.Open);

        var statusName = sql.DelimitIdentifier(status.Name);
        Statement = new SqlStatement(
            $"UPDATE {tasks.Table} SET {statusName} = {sql.GenerateParameterNamePlaceholder("p0")}, {revision} = {revision} + 1 " +
            $"WHERE {sql.DelimitIdentifier(_key.Name)} = {sql.GenerateParameterNamePlaceholder("k0")} AND {statusName} = {sql.GenerateParameterNamePlaceholder("p1")}",
            [
                status.Parameter(sql.GenerateParameterName("p0")),
                status.Parameter(sql.GenerateParameterName("p1")),
                new SqlParameterSpec(sql.GenerateParameterName("k0"), _key.Mapping, false),
            ]);
    }

    public SqlStatement Statement { get; }

    public void Bind(DbCommand command, Guid taskId)
    {
        ArgumentNullException.ThrowIfNull(command);

        command.Parameters[0].Value = _cancelled;
        command.Parameters[1].Value = _open;
        command.Parameters[2].Value = _key.ToProvider(taskId);
    }
}
