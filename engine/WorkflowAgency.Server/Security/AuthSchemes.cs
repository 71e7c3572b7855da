namespace WorkflowAgency.Server.Security;

/// <summary>How callers prove who they are: staff with a cookie, integrations with a bearer token.</summary>
internal static class AuthSchemes
{
    public const string Cookie = "Cookies";
    public const string Bearer = "Bearer";

    /// <summary>Picks <see cref="Bearer"/> when the request carries an Authorization header, else <see cref="Cookie"/>.</summary>
    public const string Either = "CookieOrBearer";
}
