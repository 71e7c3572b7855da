using System.Text;

namespace WorkflowAgency.Engine.Definitions.Reading;

/// <summary>Turns byte offsets reported by <see cref="System.Text.Json.Utf8JsonReader"/> into lines and character columns.</summary>
internal sealed class Utf8TextIndex
{
    private readonly byte[] utf8;
    private readonly List<int> lineStarts = [0];

    public Utf8TextIndex(byte[] utf8)
    {
        this.utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            // Utf8JsonReader counts lines by '\n' alone, so "\r\n" lines agree with it too.
            if (utf8[i] == (byte)'\n')
                lineStarts.Add(i + 1);
        }
    }

    /// <summary>The UTF-8 bytes of <paramref name="json"/> without a leading byte order mark, which editors do not count as a column.</summary>
    public static byte[] Encode(string json) =>
        Encoding.UTF8.GetBytes(json.StartsWith('\uFEFF') ? json[1..] : json);

    /// <summary>Position of the byte at <paramref name="offset"/> from the start of the text.</summary>
    public SourcePosition At(long offset)
    {
        var line = lineStarts.BinarySearch((int)Math.Min(offset, int.MaxValue));
        if (line < 0)
            line = ~line - 1;
        return At(line, offset - lineStarts[line]);
    }

    /// <summary>Position given as a 0-based line and a 0-based byte offset within it, as <see cref="System.Text.Json.JsonException"/> reports.</summary>
    public SourcePosition At(long line, long byteInLine)
    {
        var lineIndex = (int)Math.Clamp(line, 0, lineStarts.Count - 1);
        var start = lineStarts[lineIndex];
        var length = (int)Math.Clamp(byteInLine, 0, utf8.Length - start);
        // Columns count characters, as editors do, not the bytes of multi-byte characters.
        return new SourcePosition(lineIndex + 1, Encoding.UTF8.GetCharCount(utf8, start, length) + 1);
    }
}
