namespace WorkflowAgency.Email.Sending;

/// <summary>A file attached to an email.</summary>
/// <param name="FileName">The name the recipient sees, e.g. <c>proposal-v2.html</c>.</param>
/// <param name="MediaType">The MIME type, e.g. <c>text/html</c>.</param>
/// <param name="Content">The text of the file, sent as UTF-8.</param>
public sealed record EmailAttachment(string FileName, string MediaType, string Content);
