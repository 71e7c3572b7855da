namespace WorkflowAgency.Server.Configuration;

/// <summary>The <c>Kpis:BusinessHours</c> section: when the agency counts as open.</summary>
internal sealed class BusinessHoursOptions
{
    /// <summary>Opening time, <c>HH:mm</c> local to <see cref="TimeZone"/>.</summary>
    public string Start { get; set; } = "09:00";

    /// <summary>Closing time, <c>HH:mm</c>, after <see cref="Start"/>.</summary>
    public string End { get; set; } = "17:30";

    /// <summary>Working days, e.g. <c>Monday,Tuesday,Wednesday,Thursday,Friday</c> (three-letter names also do).</summary>
    public string Days { get; set; } = "Mon,Tue,Wed,Thu,Fri";

    /// <summary>An IANA time zone id.</summary>
    public string TimeZone { get; set; } = "Europe/London";
}
