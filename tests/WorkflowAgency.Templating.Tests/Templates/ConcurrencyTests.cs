using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace WorkflowAgency.Templating.Tests.Templates;

public sealed class ConcurrencyTests
{
    [Fact]
    public void many_threads_rendering_one_template_each_get_their_own_output()
    {
        var wrong = new ConcurrentBag<string>();

        Parallel.For(0, 500, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var model = TemplateFixtures.Welcome($"Client <{i}>", $"Company {i}");

            var result = TemplateFixtures.Renderer.Render("emails/welcome", model);

            if (!result.Succeeded
                || !result.Value!.Html.Contains($"<p>Dear Client &lt;{i}&gt;,</p>", StringComparison.Ordinal)
                || !result.Value.Text.Contains($"Dear Client <{i}>,", StringComparison.Ordinal)
                || result.Value.Subject != $"Welcome to the agency, Client <{i}> (Company {i})")
            {
                wrong.Add($"{i}: {string.Join("; ", result.Errors)} {result.Value?.Subject}");
            }
        });

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public void renders_racing_edits_see_one_version_of_the_template_whole_and_end_on_the_last()
    {
        using var scratch = new ScratchTemplates();
        var path = scratch.Write("t.sbn-html", "<p>v0 {{ n }}</p>");
        var wrong = new ConcurrentBag<string>();

        Parallel.Invoke(
            () =>
            {
                // Saved the way editors and deployments save: a new file moved over the old one.
                for (var v = 1; v <= 20; v++)
                {
                    var next = path + ".tmp";
                    File.WriteAllText(next, $"<p>v{v} {{{{ n }}}}</p>");
                    File.SetLastWriteTimeUtc(next, new DateTime(2030, 1, 1, 0, 0, v, DateTimeKind.Utc));
                    File.Move(next, path, overwrite: true);
                }
            },
            () => Parallel.For(0, 400, i =>
            {
                var result = scratch.Renderer.Render("t", TemplateFixtures.Model($$"""{ "n": {{i}} }"""));
                if (!result.Succeeded || !Regex.IsMatch(result.Value!.Html, $"^<p>v\\d+ {i}</p>$"))
                    wrong.Add($"{i}: {result.Value?.Html} {string.Join("; ", result.Errors)}");
            }));

        wrong.ShouldBeEmpty();
        scratch.Renderer.Render("t", TemplateFixtures.Model("""{ "n": 7 }""")).Rendered().Html.ShouldBe("<p>v20 7</p>");
    }
}
