using System.Security.Cryptography;

namespace WorkflowAgency.Server.Configuration;

/// <summary>
/// The client link key generated on first run, kept in the data folder so links in emails already sent keep
/// working after a restart. Readable by the server's user only: whoever reads it can forge client answers.
/// </summary>
internal static class ClientLinkKeyFile
{
    public const int KeyLength = 32;

    public static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            var existing = Convert.FromBase64String(File.ReadAllText(path).Trim());
            if (existing.Length < KeyLength)
                throw new InvalidConfigurationException($"ClientLinks:KeyFile: '{path}' holds a key shorter than {KeyLength} bytes; delete it to generate a new one.");
            return existing;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(KeyLength);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
            writer.Write(Convert.ToBase64String(key));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another server process on the same data folder created it first: use theirs.
            return LoadOrCreate(path);
        }
        return key;
    }
}
