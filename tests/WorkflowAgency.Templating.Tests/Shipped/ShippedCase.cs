using System.Globalization;
using System.Text.Json.Nodes;

namespace WorkflowAgency.Templating.Tests.Shipped;

/// <summary>
/// One shipped template as the golden tests render it: when (the clock behind <c>date.utc_now</c>) and how the
/// sample engagement differs at that point, so that dates in the golden files read like a real engagement.
/// </summary>
public sealed record ShippedCase(string Template, string Now, string? Changes = null)
{
    public DateTimeOffset Clock => DateTimeOffset.Parse(Now, CultureInfo.InvariantCulture);

    /// <summary>The sample engagement with this case's changes applied.</summary>
    public JsonObject Sample()
    {
        var sample = ShippedTemplates.Sample();
        if (Changes is not null)
        {
            foreach (var (name, value) in JsonNode.Parse(Changes)!.AsObject())
                sample[name] = value?.DeepClone();
        }
        return sample;
    }

    /// <summary>The golden file name stem: <c>emails/welcome</c> becomes <c>emails-welcome</c>.</summary>
    public string GoldenName => Template.Replace('/', '-');

    public override string ToString() => Template;
}
