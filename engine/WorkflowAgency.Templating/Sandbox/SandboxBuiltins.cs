using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using WorkflowAgency.Templating.Functions;

namespace WorkflowAgency.Templating.Sandbox;

/// <summary>
/// Scriban's standard builtins (string, math, date, array...) plus the agency helpers (<c>money</c>,
/// <c>date_format</c>), with the clock replaced and every object frozen.
/// </summary>
internal static class SandboxBuiltins
{
    /// <summary>Builds the builtins once; the result is shared by every evaluation of one sandbox.</summary>
    /// <param name="clock">The clock behind <c>date.now</c> and <c>date.utc_now</c>.</param>
    /// <param name="extend">Changes made before freezing, e.g. the HTML helpers only templates have.</param>
    /// <remarks>
    /// Scriban builds a fresh builtin object per <see cref="TemplateContext"/> by default (about 50 µs, ten
    /// times the rest of the context). Sharing one is safe only because it is frozen: without that, a script
    /// could write <c>date.format = "..."</c> and change how every later evaluation formats dates.
    /// </remarks>
    public static ScriptObject Create(TimeProvider clock, Action<ScriptObject>? extend = null)
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();

        // Scriban's date.now reads the machine clock directly and DateTimeFunctions has no hook for
        // another one, so the two entries that read it are replaced.
        var date = Member(builtins, "date");
        date.SetValue("now", DelegateCustomFunction.CreateFunc(() => clock.GetLocalNow().DateTime), readOnly: true);
        date.SetValue("utc_now", DelegateCustomFunction.CreateFunc(() => clock.GetUtcNow().UtcDateTime), readOnly: true);

        builtins.Import("money", new Func<TemplateContext, SourceSpan, object?, string, string>(MoneyFunction.Format));
        builtins.Import("date_format", new Func<TemplateContext, SourceSpan, object?, string?, string>(DateFormatFunction.Format));

        extend?.Invoke(builtins);
        Freeze(builtins);
        return builtins;
    }

    /// <summary>One of Scriban's builtin objects (<c>date</c>, <c>html</c>...), failing loudly if a new Scriban dropped it.</summary>
    public static ScriptObject Member(ScriptObject builtins, string name) =>
        builtins[name] as ScriptObject
        ?? throw new InvalidOperationException($"This Scriban version has no `{name}` builtin object.");

    private static void Freeze(ScriptObject scriptObject)
    {
        scriptObject.IsReadOnly = true;
        foreach (var member in scriptObject)
        {
            if (member.Value is ScriptObject nested && !nested.IsReadOnly)
                Freeze(nested);
        }
    }
}
