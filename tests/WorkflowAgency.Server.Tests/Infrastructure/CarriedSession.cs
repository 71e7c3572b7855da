namespace WorkflowAgency.Server.Tests.Infrastructure;

/// <summary>
/// A browser's session as it travels: the cookies one node set at sign-in and the anti-forgery token it answered with,
/// to be sent to another node (behind a load balancer) or to the same server after a restart.
/// </summary>
/// <param name="Cookies">The <c>Cookie</c> header value: every cookie the sign-in response set.</param>
/// <param name="CsrfToken">The anti-forgery token the sign-in answered with, for the <c>X-CSRF-TOKEN</c> header.</param>
internal sealed record CarriedSession(string Cookies, string CsrfToken);
