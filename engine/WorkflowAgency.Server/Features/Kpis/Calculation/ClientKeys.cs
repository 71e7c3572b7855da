using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Server.Features.Kpis.Calculation;

/// <summary>
/// Who "the client" is across engagements: the company when Sales gave one, else the contact's email, else their
/// name; case and spacing ignored. A renewal handed over again for the same company is the same client.
/// </summary>
internal static class ClientKeys
{
    public static string Of(Engagement engagement)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        var key = !string.IsNullOrWhiteSpace(engagement.ClientCompany) ? "company:" + engagement.ClientCompany
            : !string.IsNullOrWhiteSpace(engagement.ClientEmail) ? "email:" + engagement.ClientEmail
            : "name:" + engagement.ClientName;
        return string.Join(' ', key.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
    }
}
