using WorkflowAgency.Engine.Expressions;
using WorkflowAgency.Engine.Model;

namespace WorkflowAgency.Engine.Steps;

/// <summary>A condition and where to go when it holds.</summary>
public sealed record DecisionCase(ICompiledExpression When, Exit Exit);
