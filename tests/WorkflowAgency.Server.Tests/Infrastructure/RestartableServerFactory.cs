namespace WorkflowAgency.Server.Tests.Infrastructure;

/// <summary>
/// The server on a data folder (SQLite file, link key) the test owns and deletes, so a second factory on the same
/// folder is the same server after a restart.
/// </summary>
internal sealed class RestartableServerFactory(string dataFolder) : ServerFactory
{
    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["DataFolder"] = dataFolder;
        return settings;
    }
}
