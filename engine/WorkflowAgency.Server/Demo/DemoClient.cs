namespace WorkflowAgency.Server.Demo;

/// <summary>A made-up client company; emails go to <c>example.com</c>, a domain reserved for examples, so nothing reaches anyone.</summary>
internal sealed record DemoClient(string Name, string Company, string Email, string Currency, string Owner);
