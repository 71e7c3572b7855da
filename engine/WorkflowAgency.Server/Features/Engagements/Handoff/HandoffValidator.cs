using System.Net.Mail;
using System.Text.RegularExpressions;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Server.Accounts;
using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Features.Engagements.Handoff;

/// <summary>Everything wrong with a handoff, per field, before the engine sees it: the client must be reachable by email.</summary>
internal static partial class HandoffValidator
{
    // The lengths of the columns they are stored in: PostgreSQL refuses a longer value.
    private const int NameLength = TextLimits.Name;
    private const int EmailLength = TextLimits.Email;

    public static Dictionary<string, string[]> Validate(HandoffRequest request, StaffUser? owner)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var client = request.Client;
        if (string.IsNullOrWhiteSpace(client?.Name))
            errors["client.name"] = ["The client's name is required"];
        if (string.IsNullOrWhiteSpace(client?.Company))
            errors["client.company"] = ["The client's company is required"];
        if (string.IsNullOrWhiteSpace(client?.Email))
            errors["client.email"] = ["The client's email is required: every client email and link goes there"];
        else if (!MailAddress.TryCreate(client.Email, out _))
            errors["client.email"] = [$"'{client.Email}' is not an email address"];
        TooLong(errors, "client.name", client?.Name, NameLength);
        TooLong(errors, "client.company", client?.Company, NameLength);
        TooLong(errors, "client.email", client?.Email, EmailLength);
        if (request.Owner is not null && (owner is null || owner.Disabled || !owner.Roles.Contains(Roles.Account)))
            errors["owner"] = [$"'{request.Owner}' is not an account user"];
        if (request.Budget is < 0)
            errors["budget"] = ["The budget cannot be negative"];
        if (request.Currency is not null && !CurrencyCode().IsMatch(request.Currency))
            errors["currency"] = ["Use a three-letter ISO 4217 code, e.g. EUR"];
        return errors;
    }

    private static void TooLong(Dictionary<string, string[]> errors, string field, string? value, int length)
    {
        if (value is not null && value.Trim().Length > length)
            errors[field] = [$"Use at most {length} characters"];
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
