namespace WorkflowAgency.Server.Demo;

/// <summary>A one-line progress bar on the console (a line per tenth when the output is redirected to a file).</summary>
internal sealed class ConsoleProgressBar(TextWriter output, bool redirected) : IProgress<DemoProgress>
{
    private const int Width = 40;
    private int _shown = -1;

    public void Report(DemoProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var percent = value.Days == 0 ? 100 : Math.Clamp(value.Day * 100 / value.Days, 0, 100);
        if (percent == _shown || (redirected && percent % 10 != 0 && percent != 100))
            return;
        _shown = percent;
        var filled = percent * Width / 100;
        var line = $"[{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}%  day {value.Day}/{value.Days}  {value.Engagements} engagements  {value.Actions} actions";
        if (redirected)
            output.WriteLine(line);
        else
            output.Write("\r" + line + (percent == 100 ? Environment.NewLine : ""));
    }
}
