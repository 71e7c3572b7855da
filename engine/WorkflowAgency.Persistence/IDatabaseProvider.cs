using Microsoft.EntityFrameworkCore;

namespace WorkflowAgency.Persistence;

/// <summary>What differs between database engines; everything else is shared.</summary>
internal interface IDatabaseProvider
{
    /// <summary>Points the context at the database and adds the engine's per-connection setup.</summary>
    void Configure(DbContextOptionsBuilder builder, string connectionString);

    /// <summary>True when the save failed on a primary-key or unique-index violation.</summary>
    bool IsUniqueViolation(DbUpdateException exception);
}
