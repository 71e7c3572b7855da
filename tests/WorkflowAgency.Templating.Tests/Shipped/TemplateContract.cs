using System.Text.RegularExpressions;

namespace WorkflowAgency.Templating.Tests.Shipped;

/// <summary>
/// A row of the "Which template reads what" table in templates/README.md: the top-level variables a template
/// needs a value for, and those that must exist but may be null or blank.
/// </summary>
public sealed partial record TemplateContract(string Template, IReadOnlyList<string> Needs, IReadOnlyList<string> MayBeNull)
{
    /// <summary>Every row of the table, read from the README itself so that the documentation is what is tested.</summary>
    public static IReadOnlyList<TemplateContract> ReadAll(string readmePath)
    {
        var contracts = new List<TemplateContract>();
        foreach (var line in File.ReadLines(readmePath))
        {
            var row = Row().Match(line);
            if (!row.Success)
                continue;
            contracts.Add(new TemplateContract(row.Groups["template"].Value, Names(row.Groups["needs"].Value), Names(row.Groups["optional"].Value)));
        }
        return contracts;
    }

    /// <summary>The top-level names in a cell: <c>`documents.proposal.version`</c> is <c>documents</c>; members in brackets are skipped.</summary>
    private static string[] Names(string cell) =>
        [.. Name().Matches(Bracketed().Replace(cell, "")).Select(m => m.Groups["name"].Value.Split('.')[0]).Distinct()];

    [GeneratedRegex(@"^\| `(?<template>(?:documents|emails)/[a-z-]+)` \|[^|]*\|(?<needs>[^|]*)\|(?<optional>[^|]*)\|\s*$")]
    private static partial Regex Row();

    [GeneratedRegex(@"`(?<name>[a-z_][a-z_.]*)`")]
    private static partial Regex Name();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Bracketed();
}
