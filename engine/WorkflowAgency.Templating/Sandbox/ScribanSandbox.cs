using System.Reflection;
using Scriban;
using Scriban.Runtime;

namespace WorkflowAgency.Templating.Sandbox;

/// <summary>Creates the locked-down <see cref="TemplateContext"/> each evaluation runs in.</summary>
/// <remarks>
/// A context carries the state of one run (variables, loop counters, output), so each evaluation gets its
/// own; only the frozen builtins are shared.
/// </remarks>
internal sealed class ScribanSandbox
{
    private readonly int loopLimit;
    private readonly int recursiveLimit;

    /// <param name="options">Limits and clock.</param>
    /// <param name="extendBuiltins">Additions to the builtins, made before they are frozen.</param>
    public ScribanSandbox(ScribanOptions options, Action<ScriptObject>? extendBuiltins = null)
    {
        options.ThrowIfInvalid();
        Builtins = SandboxBuiltins.Create(options.TimeProvider ?? TimeProvider.System, extendBuiltins);
        loopLimit = options.LoopLimit;
        recursiveLimit = options.RecursiveLimit;
        Timeout = options.Timeout;
    }

    /// <summary>The time limit of one evaluation.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The frozen builtins every context of this sandbox starts from.</summary>
    public ScriptObject Builtins { get; }

    /// <summary>A context that sees <paramref name="globals"/> and the builtins, and nothing of .NET.</summary>
    public TemplateContext CreateContext(ScriptObject globals, CancellationToken cancellationToken) =>
        Configure(new TemplateContext(Builtins), globals, cancellationToken);

    /// <summary>
    /// Locks down <paramref name="context"/>, which must have been created with <see cref="Builtins"/>, and
    /// makes <paramref name="globals"/> visible to it.
    /// </summary>
    public TContext Configure<TContext>(TContext context, ScriptObject globals, CancellationToken cancellationToken)
        where TContext : TemplateContext
    {
        if (!ReferenceEquals(context.BuiltinObject, Builtins))
            throw new ArgumentException("The context must be created with this sandbox's builtins.", nameof(context));

        // A name that is not in the data is a mistake in the definition, not a null.
        context.StrictVariables = true;
        // Likewise a missing member (client.nmae), an index past the end, or a member of null.
        context.EnableRelaxedMemberAccess = false;
        context.EnableRelaxedIndexerAccess = false;
        context.EnableRelaxedTargetAccess = false;
        context.EnableRelaxedFunctionAccess = false;
        context.EnableNullIndexer = false;
        context.LoopLimit = loopLimit;
        context.RecursiveLimit = recursiveLimit;
        // Past Scriban's output and string limits (1 MiB by default), a truncated document or value would
        // go out as if it were whole; failing says what happened.
        context.OnOutputLimit = ScriptLimitBehavior.Throw;
        context.OnStringLimit = ScriptLimitBehavior.Throw;
        // Scriban checks this token at every loop step, synchronous evaluation included.
        context.CancellationToken = cancellationToken;
        context.RegexTimeOut = Timeout;
        // No loader: `include` fails instead of reading files. Templates set their own, confined to one folder.
        context.TemplateLoader = null;
        // The data is ScriptObjects and ScriptArrays built from JSON, so the only .NET objects a script
        // can reach are what builtins return. Of those, only dates and durations have members worth
        // reading (date.now.year, (due - date.now).days); everything else stays closed.
        context.MemberFilter = static member => member is PropertyInfo { DeclaringType: var type }
            && (type == typeof(DateTime) || type == typeof(TimeSpan));
        context.PushGlobal(globals);
        return context;
    }
}
