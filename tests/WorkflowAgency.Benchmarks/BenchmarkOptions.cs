using WorkflowAgency.Persistence;

namespace WorkflowAgency.Benchmarks;

/// <summary>The command line: how big a run, which sections, which database provider.</summary>
internal sealed record BenchmarkOptions(BenchmarkSettings Settings, IReadOnlySet<string> Sections, string Provider, string? Connection, string CacheFolder)
{
    public static readonly string[] AllSections = ["engine", "growth", "peer", "inbox", "http", "memory"];

    public const string Usage = """
        dotnet run -c Release --project tests/WorkflowAgency.Benchmarks -- [--quick | --smoke] [--only engine,growth,peer,inbox,http,memory]
                   [--provider Sqlite|PostgreSql --connection "<connection string>"] [--cache <folder>]
        """;

    public bool Runs(string section) => Sections.Contains(section);

    /// <summary>The options, or the problem with the arguments.</summary>
    public static (BenchmarkOptions? Options, string? Problem) Parse(string[] args)
    {
        var settings = BenchmarkSettings.Full;
        var sections = new HashSet<string>(AllSections, StringComparer.OrdinalIgnoreCase);
        var provider = PersistenceOptions.SqliteProvider;
        string? connection = null;
        var cache = Path.Combine(Path.GetTempPath(), "wa-bench-cache");
        for (var i = 0; i < args.Length; i++)
        {
            string? Value() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--quick":
                    settings = BenchmarkSettings.Quick;
                    break;
                case "--smoke":
                    settings = BenchmarkSettings.Smoke;
                    break;
                case "--only":
                    var only = (Value() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (only.FirstOrDefault(s => !AllSections.Contains(s, StringComparer.OrdinalIgnoreCase)) is { } unknown)
                        return (null, $"--only: unknown section '{unknown}'; use {string.Join(", ", AllSections)}");
                    sections = new HashSet<string>(only, StringComparer.OrdinalIgnoreCase);
                    break;
                case "--provider":
                    provider = Value() ?? "";
                    break;
                case "--connection":
                    connection = Value();
                    break;
                case "--cache":
                    cache = Value() ?? cache;
                    break;
                default:
                    return (null, $"unknown argument '{args[i]}'");
            }
        }

        return (new BenchmarkOptions(settings, sections, provider, connection, Path.GetFullPath(cache)), null);
    }
}
