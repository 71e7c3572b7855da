using MimeKit;

namespace WorkflowAgency.Email.Tests.Infrastructure;

/// <summary>A message the test SMTP server accepted: the envelope recipients, the raw text and the parsed message.</summary>
internal sealed record ReceivedEmail(IReadOnlyList<string> EnvelopeTo, string Raw, MimeMessage Message);
