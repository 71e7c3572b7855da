using MimeKit;

namespace WorkflowAgency.Server.Tests.Infrastructure;

/// <summary>A message the loopback SMTP server accepted.</summary>
internal sealed record CapturedEmail(IReadOnlyList<string> To, MimeMessage Message);
