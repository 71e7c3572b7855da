using System.Globalization;

namespace WorkflowAgency.CrashSafety.Tests.Infrastructure;

/// <summary>Configuration the tests give the server process on top of <see cref="ServerProcess"/>'s defaults.</summary>
internal static class ServerSettings
{
    /// <summary>
    /// Emails to the test SMTP server on loopback, with a short lease and retry so that an email cut off by a kill, or
    /// refused while the SMTP server is down, goes out again within seconds rather than the production minutes.
    /// </summary>
    public static Dictionary<string, string> Smtp(int port) => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:TimeoutSeconds"] = "3",
        ["Workers:OutboxLeaseSeconds"] = "5",
        ["Workers:OutboxRetrySeconds"] = "1",
    };
}
