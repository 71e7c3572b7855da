namespace WorkflowAgency.Templating.Templates;

/// <summary>Markup a template author vouched for (<c>html.raw</c>) or that was rendered escaped already (an include).</summary>
/// <remarks>
/// The HTML part writes it as is instead of escaping it. Anything done to it as text (<c>+</c>, string
/// functions) gives a plain string again, which is escaped: trust does not spread to new values.
/// </remarks>
internal sealed class TrustedHtml(string html)
{
    public string Html { get; } = html;

    public override string ToString() => Html;
}
