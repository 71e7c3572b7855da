using WorkflowAgency.Server.Features.Auth.Me;

namespace WorkflowAgency.Server.Features.Auth.Login;

/// <summary>The signed-in user and the anti-forgery token to send as <c>X-CSRF-TOKEN</c> on unsafe requests.</summary>
internal sealed record SessionResponse(MeResponse User, string CsrfToken);
