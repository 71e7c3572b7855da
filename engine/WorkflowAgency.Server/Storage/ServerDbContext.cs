using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace WorkflowAgency.Server.Storage;

/// <summary>
/// The server's own tables (staff, API tokens, task comments, client link answers, the data-protection key ring), in
/// the same database as the engine's but with their own migrations and history table, so neither project's
/// migrations touch the other's.
/// </summary>
/// <remarks>Not sealed only so PostgreSQL can have a context type of its own for its migrations (see <c>PostgreSql/</c>).</remarks>
internal class ServerDbContext : DbContext, IDataProtectionKeyContext
{
    public ServerDbContext(DbContextOptions<ServerDbContext> options)
        : base(options)
    {
    }

    protected ServerDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>The migrations history table, apart from the engine's <c>__EFMigrationsHistory</c>.</summary>
    public const string HistoryTable = "__ServerMigrationsHistory";

    public DbSet<StaffUser> Users => Set<StaffUser>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<TaskComment> TaskComments => Set<TaskComment>();

    public DbSet<ClientLinkRecord> ClientLinks => Set<ClientLinkRecord>();

    /// <summary>The payments ledger and the client messages staff log, read by the KPIs.</summary>
    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<PaymentSignalRequest> PaymentSignals => Set<PaymentSignalRequest>();

    public DbSet<ClientMessage> ClientMessages => Set<ClientMessage>();

    /// <summary>
    /// The keys behind session cookies and anti-forgery tokens, shared by every node on the database and kept across
    /// restarts with the rest of the data.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<List<string>>().HaveConversion<NameListConverter, NameListComparer>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        // Table names say whose they are: the engine's schema may grow a "Users" of its own one day.
        modelBuilder.Entity<StaffUser>(user =>
        {
            user.ToTable("ServerUsers");
            user.Property(u => u.UserName).HasMaxLength(100);
            user.HasIndex(u => u.UserName).IsUnique();
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.Email).HasMaxLength(320);
            user.Property(u => u.Roles).HasMaxLength(500);
            user.Property(u => u.Groups).HasMaxLength(500);
        });
        modelBuilder.Entity<ApiToken>(token =>
        {
            token.ToTable("ServerApiTokens");
            token.Property(t => t.Id).ValueGeneratedNever();
            token.Property(t => t.Name).HasMaxLength(100);
            token.Property(t => t.Hash).HasMaxLength(64);
            token.HasIndex(t => t.Hash).IsUnique();
            token.Property(t => t.Roles).HasMaxLength(500);
            token.Property(t => t.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<TaskComment>(comment =>
        {
            comment.ToTable("ServerTaskComments");
            comment.Property(c => c.Author).HasMaxLength(100);
            comment.Property(c => c.Text).HasMaxLength(4000);
            comment.HasIndex(c => c.TaskId);
        });
        modelBuilder.Entity<ClientLinkRecord>(link =>
        {
            link.ToTable("ServerClientLinks");
            link.HasKey(l => l.WaitId);
            link.Property(l => l.WaitId).ValueGeneratedNever();
            link.Property(l => l.Stage).HasMaxLength(100);
            link.Property(l => l.StepId).HasMaxLength(100);
            link.Property(l => l.Purpose).HasMaxLength(100);
            link.Property(l => l.Response).HasMaxLength(100);
            link.HasIndex(l => l.EngagementId);
        });
        modelBuilder.Entity<DataProtectionKey>(key =>
        {
            key.ToTable("ServerDataProtectionKeys");
            // "key-" and a GUID; the XML stays unbounded, as an XML encryptor would make it longer.
            key.Property(k => k.FriendlyName).HasMaxLength(100);
        });
        ConfigurePayments(modelBuilder);
    }

    private static void ConfigurePayments(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Invoice>(invoice =>
        {
            invoice.ToTable("ServerInvoices");
            invoice.Property(i => i.Id).ValueGeneratedNever();
            invoice.Property(i => i.Number).HasMaxLength(50);
            invoice.HasIndex(i => i.Number).IsUnique();
            invoice.HasIndex(i => i.EngagementId);
            invoice.Property(i => i.Amount).HasPrecision(18, 2);
            invoice.Property(i => i.Paid).HasPrecision(18, 2);
            invoice.Property(i => i.Currency).HasMaxLength(3);
            invoice.Property(i => i.CreatedBy).HasMaxLength(100);
            invoice.Property(i => i.Version).IsConcurrencyToken();
            invoice.Ignore(i => i.Outstanding);
        });
        modelBuilder.Entity<Payment>(payment =>
        {
            payment.ToTable("ServerPayments");
            payment.Property(p => p.Amount).HasPrecision(18, 2);
            payment.Property(p => p.RecordedBy).HasMaxLength(100);
            payment.HasIndex(p => p.InvoiceId);
            payment.HasIndex(p => p.EngagementId);
        });
        modelBuilder.Entity<PaymentSignalRequest>(signal =>
        {
            signal.ToTable("ServerPaymentSignals");
            signal.HasKey(s => s.EngagementId);
            signal.Property(s => s.EngagementId).ValueGeneratedNever();
            signal.Property(s => s.Result).HasMaxLength(50);
            signal.HasIndex(s => s.ClosedAt);
        });
        modelBuilder.Entity<ClientMessage>(message =>
        {
            message.ToTable("ServerClientMessages");
            message.Property(m => m.Channel).HasMaxLength(20);
            message.Property(m => m.Summary).HasMaxLength(4000);
            message.Property(m => m.LoggedBy).HasMaxLength(100);
            message.HasIndex(m => m.EngagementId);
        });
    }
}
