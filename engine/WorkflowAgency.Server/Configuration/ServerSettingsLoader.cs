using System.Net.Mail;
using Microsoft.Data.Sqlite;
using Npgsql;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Configuration;

/// <summary>Reads and checks the configuration, collecting every problem before failing, with the key to fix.</summary>
internal static class ServerSettingsLoader
{
    private static readonly string[] SmtpSecurityModes = ["Auto", "None", "StartTls", "StartTlsWhenAvailable", "SslOnConnect"];

    public static ServerSettings Load(IConfiguration configuration, string contentRoot)
    {
        var problems = new List<string>();
        string Resolve(string path, string from) => Path.GetFullPath(Path.Combine(from, path));

        var dataFolder = Resolve(configuration["DataFolder"] ?? "data", contentRoot);
        var database = Bind<DatabaseOptions>(configuration, DatabaseOptions.Section);
        var connectionString = DatabaseConnection(database, dataFolder, contentRoot, problems);

        var templatesRoot = ExistingFolder(configuration, "Templates:Root", "../../templates", contentRoot, problems);
        var workflowsRoot = ExistingFolder(configuration, "Workflows:Root", "../../workflows", contentRoot, problems);
        var spaRoot = Resolve(configuration["Spa:Root"] ?? "wwwroot/app", contentRoot);
        var pickupFolder = Resolve(configuration["Email:PickupFolder"] ?? "outbox", dataFolder);

        var publicBaseUrl = PublicBaseUrl(configuration["PublicBaseUrl"], problems);
        var smtp = Bind<SmtpOptions>(configuration, SmtpOptions.Section);
        CheckSmtp(smtp, problems);
        var seed = Bind<SeedOptions>(configuration, SeedOptions.Section);
        if (seed.DemoPassword is { } password && password.Length < 8)
            problems.Add("Seed:DemoPassword: use at least 8 characters.");
        var rateLimits = Bind<RateLimitOptions>(configuration, RateLimitOptions.Section);
        if (rateLimits.LoginPerMinute < 1 || rateLimits.ClientPerMinute < 1)
            problems.Add("RateLimits:LoginPerMinute and RateLimits:ClientPerMinute must be at least 1.");
        var workers = Bind<WorkerOptions>(configuration, WorkerOptions.Section);
        if (workers.TimerPollSeconds < 1 || workers.OutboxPollSeconds < 1)
            problems.Add("Workers:TimerPollSeconds and Workers:OutboxPollSeconds must be at least 1.");
        if (workers.OutboxRetrySeconds < 1)
            problems.Add("Workers:OutboxRetrySeconds must be at least 1.");
        // A send still running when its lease ends could be claimed and sent a second time.
        if (workers.OutboxLeaseSeconds <= smtp.TimeoutSeconds)
            problems.Add($"Workers:OutboxLeaseSeconds ({workers.OutboxLeaseSeconds}) must be longer than Smtp:TimeoutSeconds ({smtp.TimeoutSeconds}), or a slow send could be claimed again while it runs.");
        var kpis = KpiSettings.From(Bind<KpiOptions>(configuration, KpiOptions.Section), problems);
        var links = Bind<ClientLinkOptions>(configuration, ClientLinkOptions.Section);
        var configuredKey = ConfiguredKey(links, problems);

        if (problems.Count > 0)
            throw new InvalidConfigurationException(problems);
        // Folders are made only once everything is known to be right, so a bad configuration leaves nothing behind.
        if (!ServerDatabase.IsPostgreSql(database.Provider))
            Directory.CreateDirectory(Path.GetDirectoryName(new SqliteConnectionStringBuilder(connectionString).DataSource)!);

        return new ServerSettings
        {
            DataFolder = dataFolder,
            DatabaseProvider = database.Provider,
            ConnectionString = connectionString!,
            TemplatesRoot = templatesRoot!,
            WorkflowsRoot = workflowsRoot!,
            SpaRoot = spaRoot,
            PickupFolder = pickupFolder,
            PublicBaseUrl = publicBaseUrl!,
            ClientLinkKey = configuredKey ?? ClientLinkKeyFile.LoadOrCreate(Resolve(links.KeyFile, dataFolder)),
            Smtp = smtp,
            Seed = seed,
            RateLimits = rateLimits,
            Workers = workers,
            Kpis = kpis!,
        };
    }

    private static T Bind<T>(IConfiguration configuration, string section)
        where T : new()
    {
        var options = new T();
        configuration.GetSection(section).Bind(options);
        return options;
    }

    private static string? DatabaseConnection(DatabaseOptions database, string dataFolder, string contentRoot, List<string> problems)
    {
        var check = new PersistenceOptions { Provider = database.Provider, ConnectionString = "unused" }.Validate();
        problems.AddRange(check.Select(p => $"Database:Provider: {p}"));
        if (check.Count > 0)
            return null;

        if (ServerDatabase.IsPostgreSql(database.Provider))
            return PostgreSqlConnection(database.ConnectionString, problems);

        var text = string.IsNullOrWhiteSpace(database.ConnectionString)
            ? $"Data Source={Path.Combine(dataFolder, "workflowagency.db")}"
            : database.ConnectionString;
        try
        {
            // A relative file is taken from the content root (the project folder under `dotnet run`), not from
            // wherever the process happened to be started.
            var builder = new SqliteConnectionStringBuilder(text);
            if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
            {
                problems.Add("Database:ConnectionString: name a database file; an in-memory database would lose everything on restart.");
                return null;
            }
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
            return builder.ToString();
        }
        catch (ArgumentException error)
        {
            problems.Add($"Database:ConnectionString: {error.Message}");
            return null;
        }
    }

    // Several nodes share one PostgreSQL, so there is no sensible default: the operator names the server and database.
    private static string? PostgreSqlConnection(string? text, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add("Database:ConnectionString: PostgreSQL needs one, e.g. 'Host=db.internal;Database=workflowagency;Username=workflowagency;Password=…'.");
            return null;
        }
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(text);
            if (string.IsNullOrWhiteSpace(builder.Host) || string.IsNullOrWhiteSpace(builder.Database))
            {
                problems.Add("Database:ConnectionString: name the PostgreSQL server (Host=…) and the database (Database=…).");
                return null;
            }
            return builder.ConnectionString;
        }
        catch (ArgumentException error)
        {
            problems.Add($"Database:ConnectionString: {error.Message}");
            return null;
        }
    }

    private static string? ExistingFolder(IConfiguration configuration, string key, string fallback, string contentRoot, List<string> problems)
    {
        var path = Path.GetFullPath(Path.Combine(contentRoot, configuration[key] ?? fallback));
        if (Directory.Exists(path))
            return path;
        problems.Add($"{key}: folder '{path}' does not exist.");
        return null;
    }

    private static Uri? PublicBaseUrl(string? value, List<string> problems)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add($"PublicBaseUrl: '{value}' is not an absolute http(s) address; client links in emails are built from it.");
            return null;
        }
        // Relative links resolve against the last '/', so without one the last path segment would be dropped.
        return url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
    }

    private static void CheckSmtp(SmtpOptions smtp, List<string> problems)
    {
        if (smtp.Port is < 1 or > 65535)
            problems.Add($"Smtp:Port: {smtp.Port} is not a port number.");
        if (smtp.TimeoutSeconds < 1)
            problems.Add("Smtp:TimeoutSeconds must be at least 1.");
        if (!SmtpSecurityModes.Contains(smtp.Security, StringComparer.OrdinalIgnoreCase))
            problems.Add($"Smtp:Security: '{smtp.Security}' is not one of {string.Join(", ", SmtpSecurityModes)}.");
        if (!MailAddress.TryCreate(smtp.From, out _))
            problems.Add($"Smtp:From: '{smtp.From}' is not an email address; every email to clients is sent from it.");
        if (string.IsNullOrEmpty(smtp.UserName) != string.IsNullOrEmpty(smtp.Password))
            problems.Add("Smtp:UserName and Smtp:Password go together: set both or neither.");
    }

    private static byte[]? ConfiguredKey(ClientLinkOptions links, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(links.Key))
            return null;
        try
        {
            var key = Convert.FromBase64String(links.Key);
            if (key.Length >= ClientLinkKeyFile.KeyLength)
                return key;
        }
        catch (FormatException)
        {
        }
        problems.Add($"ClientLinks:Key: must be base64 of at least {ClientLinkKeyFile.KeyLength} random bytes (e.g. `openssl rand -base64 32`).");
        return null;
    }
}
