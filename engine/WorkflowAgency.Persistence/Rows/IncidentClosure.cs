using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Persistence.Rows;

/// <summary>Closes one incident if, and only if, it is still open: its path was withdrawn, so nothing is left to retry.</summary>
internal sealed class IncidentClosure
{
    private readonly RowColumn<Incident> _key;
    private readonly RowColumn<Incident> _resolvedAt;
    private readonly RowColumn<Incident> _resolvedBy;

    public IncidentClosure(RowMap<Incident> incidents, ISqlGenerationHelper sql)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(sql);

        _key = incidents.KeyColumns.Single();
        _resolvedAt = incidents.Column(nameof(Incident.ResolvedAt));
        _resolvedBy = incidents.Column(nameof(Incident.ResolvedBy));
        var at = sql.DelimitIdentifier(_resolvedAt.Name);
        Statement = new SqlStatement(
            $"UPDATE {incidents.Table} SET {at} = {sql.GenerateParameterNamePlaceholder("p0")}, " +
            $"{sql.DelimitIdentifier(_resolvedBy.Name)} = {sql.GenerateParameterNamePlaceholder("p1")} " +
            $"WHERE {sql.DelimitIdentifier(_key.Name)} = {sql.GenerateParameterNamePlaceholder("k0")} AND {at} IS NULL",
            [
                _resolvedAt.Parameter(sql.GenerateParameterName("p0")),
                _resolvedBy.Parameter(sql.GenerateParameterName("p1")),
                new SqlParameterSpec(sql.GenerateParameterName("k0"), _key.Mapping, false),
            ]);
    }

    public SqlStatement Statement { get; }

    public void Bind(DbCommand command, Guid incidentId, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(command);

        command.Parameters[0].Value = _resolvedAt.ToProvider(at);
        command.Parameters[1].Value = _resolvedBy.ToProvider("system");
        command.Parameters[2].Value = _key.ToProvider(incidentId);
    }
}
